import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

export class MunicipalityDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'angelholm' }) slug: string;
  @ApiProperty({ example: 'Ängelholm' }) name: string;
}

export class ExpertiseDto {
  @ApiProperty({ example: 'säkerhetsskyddad upphandling', maxLength: 80 })
  @IsString()
  @Length(1, 80)
  tag: string;

  @ApiProperty({ description: '"Fråga mig om"' }) @IsBoolean() askMe: boolean;
  @ApiProperty({ description: '"Kan vara mentor"' }) @IsBoolean() mentor: boolean;
  @ApiProperty({ description: '"Vill lära mig"' }) @IsBoolean() learning: boolean;
}

export class PersonSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: 'GIS-ingenjör' }) title: string;
  @ApiProperty({ enum: ['admin', 'member', 'guest'] }) role: 'admin' | 'member' | 'guest';
  @ApiProperty({ description: 'From outside the 11 municipalities (shown as "extern").' }) external: boolean;
  @ApiProperty({ type: MunicipalityDto, nullable: true }) municipality: MunicipalityDto | null;
  @ApiProperty({ type: String, nullable: true }) organisation: string | null;
  @ApiProperty({ type: [String], description: 'Expertise tags, in the order the person chose.' }) expertise: string[];
  @ApiProperty() disabled: boolean;
}

export class PersonNetworkDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['member', 'coordinator'] }) role: 'member' | 'coordinator';
}

export class PersonDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true, description: 'Null when the person hides it.' }) email: string | null;
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
  @ApiProperty() title: string;
  @ApiProperty() bio: string;
  @ApiProperty({ type: [String] }) languages: string[];
  @ApiProperty({ enum: ['admin', 'member', 'guest'] }) role: 'admin' | 'member' | 'guest';
  @ApiProperty() external: boolean;
  @ApiProperty({ type: MunicipalityDto, nullable: true }) municipality: MunicipalityDto | null;
  @ApiProperty({ type: String, nullable: true }) organisation: string | null;
  @ApiProperty({ type: [ExpertiseDto] }) expertise: ExpertiseDto[];
  @ApiProperty({ type: [PersonNetworkDto], description: 'Networks the viewer may also see.' }) networks: PersonNetworkDto[];
  @ApiProperty() disabled: boolean;
}

export class MeDto extends PersonDto {
  @ApiProperty() showEmail: boolean;
  @ApiProperty() showPhone: boolean;
  @ApiProperty({ type: String }) emailAddress: string;
  @ApiProperty({ type: String }) phoneNumber: string;
}

export class UpdateMeDto {
  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsString() @Length(1, 200) name?: string;
  @ApiPropertyOptional({ maxLength: 120 }) @IsOptional() @IsString() @MaxLength(120) title?: string;
  @ApiPropertyOptional({ maxLength: 4000 }) @IsOptional() @IsString() @MaxLength(4000) bio?: string;
  @ApiPropertyOptional({ type: [String], maxItems: 20 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 40, { each: true })
  languages?: string[];
  @ApiPropertyOptional({ maxLength: 40 })
  @IsOptional()
  @IsString()
  @Matches(/^[0-9+\-() ]{0,40}$/, { message: 'Telefonnummer får bara innehålla siffror, mellanslag och + - ( ).' })
  phone?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() showEmail?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() showPhone?: boolean;
  @ApiPropertyOptional({ type: [ExpertiseDto], maxItems: 40 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  @Type(() => ExpertiseDto)
  expertise?: ExpertiseDto[];
}

export class PeopleQueryDto {
  @ApiPropertyOptional({ maxLength: 200, description: 'Only people whose name contains this (any case).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string;
  @ApiPropertyOptional({ description: 'Municipality id or slug.' }) @IsOptional() @IsString() @MaxLength(80) municipality?: string;
  @ApiPropertyOptional({ description: 'Network id or slug: only its members.' }) @IsOptional() @IsString() @MaxLength(120) network?: string;
  @ApiPropertyOptional({ description: 'Cursor from the previous page.' }) @IsOptional() @IsString() @MaxLength(500) cursor?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
  @ApiPropertyOptional({ description: 'Admins only: include disabled people.' }) @IsOptional() @IsIn(['true', 'false']) includeDisabled?:
    'true' | 'false';
}

export class PeoplePageDto {
  @ApiProperty({ type: [PersonSummaryDto] }) items: PersonSummaryDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class CreatePersonDto {
  @ApiProperty() @IsString() @Length(1, 200) name: string;
  @ApiProperty() @IsEmail({}, { message: 'Ange en giltig e-postadress.' }) @MaxLength(254) email: string;
  @ApiProperty({ enum: ['admin', 'member', 'guest'] }) @IsIn(['admin', 'member', 'guest']) role: 'admin' | 'member' | 'guest';
  @ApiPropertyOptional({ description: 'Municipality id or slug; required for members.' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  municipality?: string;
  @ApiPropertyOptional({ description: 'Organisation; required for guests.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  organisation?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(120) title?: string;
  @ApiPropertyOptional({ description: 'Omit to get an invitation link instead.' })
  @IsOptional()
  @IsString()
  @MaxLength(1024)
  password?: string;
}

export class CreatedPersonDto {
  @ApiProperty({ type: PersonDto }) person: PersonDto;
  @ApiProperty({ type: String, nullable: true, description: 'Send this link to the person; it works once, for 14 days.' })
  invitationUrl: string | null;
}

export class ImportRowResultDto {
  @ApiProperty({ description: 'Line number in the file (the header is line 1).' }) line: number;
  @ApiProperty() email: string;
  @ApiProperty({ enum: ['created', 'updated', 'error'] }) status: 'created' | 'updated' | 'error';
  @ApiProperty({ type: [String] }) errors: string[];
}

export class ImportResultDto {
  @ApiProperty() created: number;
  @ApiProperty() updated: number;
  @ApiProperty() failed: number;
  @ApiProperty({ type: [ImportRowResultDto] }) rows: ImportRowResultDto[];
}

export class PersonIdParam {
  @IsUUID() id: string;
}
