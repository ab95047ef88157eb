import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsInt, IsObject, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';

const days = (): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({ minimum: 0, maximum: 36500, description: 'Days kept.' }),
    IsOptional(),
    IsInt({ message: 'Ange antal dagar som ett heltal.' }),
    Min(0, { message: 'Ange 0 dagar eller fler.' }),
    Max(36500, { message: 'Högst 36500 dagar (100 år).' }),
  );
const keep = (): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({ description: 'true: kept as a public record at erasure; false: removed.' }),
    IsOptional(),
    IsBoolean({ message: 'Ange true (behålls) eller false (tas bort).' }),
  );

export class RetentionDaysDto {
  @days() network_chat?: number;
  @days() direct_messages?: number;
  @days() notifications?: number;
  @days() event_log?: number;
  @days() sessions?: number;
  @days() mail_files?: number;
  @days() deleted_documents?: number;
  @days() audit_log?: number;
}

export class ErasureKeepDto {
  @keep() posts?: boolean;
  @keep() comments?: boolean;
  @keep() network_chat?: boolean;
  @keep() direct_messages?: boolean;
  @keep() documents?: boolean;
  @keep() minutes?: boolean;
}

export class UpdateRecordsSettingsDto {
  @ApiPropertyOptional({ type: RetentionDaysDto, description: 'Days each kind is kept before the nightly retention run removes it.' })
  @IsOptional()
  @IsObject({ message: 'Ange gallringsfristerna som ett objekt med antal dagar per slag.' })
  @ValidateNested({ message: 'Ange gallringsfristerna som ett objekt med antal dagar per slag.' })
  @Type(() => RetentionDaysDto)
  retention?: RetentionDaysDto;

  @ApiPropertyOptional({ type: ErasureKeepDto, description: 'What an erasure keeps as a public record.' })
  @IsOptional()
  @IsObject({ message: 'Ange raderingsreglerna som ett objekt med true eller false per slag.' })
  @ValidateNested({ message: 'Ange raderingsreglerna som ett objekt med true eller false per slag.' })
  @Type(() => ErasureKeepDto)
  erasure?: ErasureKeepDto;
}

export class RetentionRuleDto {
  @ApiProperty() kind: string;
  @ApiProperty() label: string;
  @ApiProperty() days: number;
  @ApiProperty() defaultDays: number;
  @ApiProperty({ description: 'The fewest days the hub accepts for this kind.' }) minDays: number;
  @ApiProperty({ description: 'Why the default is what it is.' }) why: string;
}

export class ErasureRuleDto {
  @ApiProperty() kind: string;
  @ApiProperty() label: string;
  @ApiProperty() keep: boolean;
  @ApiProperty() defaultKeep: boolean;
  @ApiProperty() why: string;
}

export class LegalHoldDto {
  @ApiProperty({ format: 'uuid' }) networkId: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'date-time' }) since: string;
  @ApiProperty() reason: string;
}

export class RecordsSettingsDto {
  @ApiProperty({ type: [RetentionRuleDto] }) retention: RetentionRuleDto[];
  @ApiProperty({ type: [ErasureRuleDto] }) erasure: ErasureRuleDto[];
  @ApiProperty({ type: [LegalHoldDto] }) legalHolds: LegalHoldDto[];
}

export class LegalHoldRequestDto {
  @ApiProperty({ description: 'true: put the network on legal hold (nothing in it is purged); false: lift it.' })
  @IsBoolean({ message: 'Ange true (spärra) eller false (häv spärren).' })
  hold: boolean;

  @ApiPropertyOptional({ maxLength: 500, description: 'Why (e.g. a dispute or a request for documents); shown to the secretariat.' })
  @IsOptional()
  @IsString({ message: 'Skriv skälet som text.' })
  @MaxLength(500, { message: 'Skälet får vara högst 500 tecken.' })
  reason?: string;
}
