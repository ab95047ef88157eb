import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

export class ErasePlanQuery {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: '`true`: only list what would be removed and kept; change nothing.' })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'Ange true eller false.' })
  dryRun?: 'true' | 'false';
}

export class EraseDto {
  @ApiPropertyOptional({
    maxLength: 1000,
    description:
      'Why the person is erased (required unless dryRun); kept in the audit log, with the person\'s name and e-mail address replaced by "Tidigare medlem".',
  })
  @IsOptional()
  @IsString({ message: 'Skriv skälet som text.' })
  @MaxLength(1000, { message: 'Skälet får vara högst 1000 tecken.' })
  reason?: string;
}

export class ErasureItemDto {
  @ApiProperty() kind: string;
  @ApiProperty({ description: 'The kind in Swedish.' }) label: string;
  @ApiProperty() count: number;
  @ApiPropertyOptional({ description: 'Why it is kept (kept items only).' }) why?: string;
}

export class ErasurePlanDto {
  @ApiProperty({ format: 'uuid' }) personId: string;
  @ApiProperty({ description: 'True when nothing was changed.' }) dryRun: boolean;
  @ApiProperty({ type: [ErasureItemDto] }) removed: ErasureItemDto[];
  @ApiProperty({ type: [ErasureItemDto], description: 'Kept as public records, with the author shown as "Tidigare medlem".' })
  kept: ErasureItemDto[];
}
