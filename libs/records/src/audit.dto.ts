import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDateString, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { AUDIT_ACTIONS } from '@hub/core';

export class AuditQueryDto {
  @ApiPropertyOptional({ description: 'A person: rows where they acted or were acted on.', format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'Ange personens id.' })
  person?: string;

  @ApiPropertyOptional({ description: `An action (${AUDIT_ACTIONS.join(', ')}) or a prefix ending in a dot, e.g. \`auth.\`.` })
  @IsOptional()
  @IsString({ message: 'Ange en händelse som text.' })
  @MaxLength(60, { message: 'Händelsen får vara högst 60 tecken.' })
  @Matches(/^[a-z_]+(\.[a-z_]*)?$/, { message: 'Ange en händelse som auth.signed_in eller ett prefix som auth.' })
  action?: string;

  @ApiPropertyOptional({ description: 'A network.', format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'Ange nätverkets id.' })
  network?: string;

  @ApiPropertyOptional({ description: 'From this date or time (inclusive), ISO 8601.' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'Ange ett datum som 2026-12-01.' })
  from?: string;

  @ApiPropertyOptional({ description: 'Up to this date or time (exclusive), ISO 8601.' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'Ange ett datum som 2026-12-31.' })
  to?: string;

  @ApiPropertyOptional({ description: 'Cursor from the previous page.' })
  @IsOptional()
  @IsString({ message: 'Ogiltig sidmarkör.' })
  @MaxLength(200, { message: 'Ogiltig sidmarkör.' })
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'Ange ett heltal.' })
  @Min(1, { message: 'Minst 1.' })
  @Max(200, { message: 'Högst 200.' })
  limit?: number;

  @ApiPropertyOptional({ enum: ['json', 'csv'], description: '`csv`: the whole selection as a CSV file for Excel.' })
  @IsOptional()
  @IsIn(['json', 'csv'], { message: 'Välj json eller csv.' })
  format?: 'json' | 'csv';
}

export class AuditEntryDto {
  @ApiProperty() seq: number;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ description: 'What happened, e.g. auth.signed_in, person.erased.' }) action: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) actorId: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Current name of who acted; null for the hub itself.' }) actorName:
    string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) networkId: string | null;
  @ApiProperty({ type: String, nullable: true }) networkName: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) subjectId: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Current name of the person acted on, when it is a person.' })
  subjectName: string | null;
  @ApiProperty({ type: String, nullable: true }) ip: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) detail: Record<string, unknown>;
}

export class AuditPageDto {
  @ApiProperty({ type: [AuditEntryDto] }) items: AuditEntryDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
