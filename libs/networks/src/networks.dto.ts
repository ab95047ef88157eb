import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { MunicipalityDto, PersonSummaryDto } from '@hub/people';

export const NETWORK_KINDS = ['kunskapsnatverk', 'arbetsgrupp', 'program'] as const;
export const VISIBILITIES = ['open', 'closed', 'secret'] as const;
export type NetworkKind = (typeof NETWORK_KINDS)[number];

export class NetworkSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'natverket-for-valfardsteknik' }) slug: string;
  @ApiProperty({ example: 'Nätverket för välfärdsteknik' }) name: string;
  @ApiProperty() description: string;
  @ApiProperty({ enum: NETWORK_KINDS }) kind: NetworkKind;
  @ApiProperty({ enum: VISIBILITIES }) visibility: 'open' | 'closed' | 'secret';
  @ApiProperty() archived: boolean;
  @ApiProperty({ type: Number, nullable: true, description: 'Null when the viewer may not see the members.' }) memberCount: number | null;
  @ApiProperty({ enum: ['member', 'coordinator'], nullable: true, type: String }) myRole: 'member' | 'coordinator' | null;
  @ApiProperty({ description: 'The viewer has asked to join and waits for a coordinator.' }) requested: boolean;
}

export class CoverageDto {
  @ApiProperty({ type: [MunicipalityDto] }) represented: MunicipalityDto[];
  @ApiProperty({ type: [MunicipalityDto] }) missing: MunicipalityDto[];
}

export class NetworkDto extends NetworkSummaryDto {
  @ApiProperty({
    type: CoverageDto,
    nullable: true,
    description: 'Which of the 11 municipalities take part; null for non-members of closed networks.',
  })
  coverage: CoverageDto | null;
  @ApiProperty({ type: [PersonSummaryDto], description: 'Coordinators, when the viewer may see members.' })
  coordinators: PersonSummaryDto[];
  @ApiProperty({ description: 'The viewer may manage members and join requests.' }) canManage: boolean;
}

export class NetworkListQueryDto {
  @ApiPropertyOptional({ enum: ['mine', 'discover', 'all'], default: 'all' }) @IsOptional() @IsIn(['mine', 'discover', 'all']) scope?:
    'mine' | 'discover' | 'all';
  @ApiPropertyOptional({ description: 'Admins: include archived networks.' }) @IsOptional() @IsIn(['true', 'false']) includeArchived?:
    'true' | 'false';
}

export class CreateNetworkDto {
  @ApiProperty({ example: 'Nätverket för välfärdsteknik' }) @IsString() @Length(2, 120) name: string;
  @ApiPropertyOptional({ description: 'Made from the name when omitted.' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'Kortnamn får bara innehålla a–z, 0–9 och bindestreck.' })
  @MaxLength(80)
  slug?: string;
  @ApiPropertyOptional({ maxLength: 4000 }) @IsOptional() @IsString() @MaxLength(4000) description?: string;
  @ApiProperty({ enum: NETWORK_KINDS }) @IsIn(NETWORK_KINDS) kind: NetworkKind;
  @ApiProperty({ enum: VISIBILITIES }) @IsIn(VISIBILITIES) visibility: 'open' | 'closed' | 'secret';
}

export class UpdateNetworkDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(2, 120) name?: string;
  @ApiPropertyOptional({ maxLength: 4000 }) @IsOptional() @IsString() @MaxLength(4000) description?: string;
  @ApiPropertyOptional({ enum: NETWORK_KINDS }) @IsOptional() @IsIn(NETWORK_KINDS) kind?: NetworkKind;
  @ApiPropertyOptional({ enum: VISIBILITIES }) @IsOptional() @IsIn(VISIBILITIES) visibility?: 'open' | 'closed' | 'secret';
  @ApiPropertyOptional() @IsOptional() @IsBoolean() archived?: boolean;
}

export class JoinDto {
  @ApiPropertyOptional({ maxLength: 1000, description: 'A note to the coordinator (closed networks).' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  message?: string;
}

export class JoinResultDto {
  @ApiProperty({ enum: ['joined', 'requested', 'already-member', 'already-requested'] })
  status: 'joined' | 'requested' | 'already-member' | 'already-requested';
}

export class MemberDto {
  @ApiProperty({ type: PersonSummaryDto }) person: PersonSummaryDto;
  @ApiProperty({ enum: ['member', 'coordinator'] }) role: 'member' | 'coordinator';
  @ApiProperty({ format: 'date-time' }) joinedAt: string;
}

export class MembersDto {
  @ApiProperty({ type: [MemberDto] }) items: MemberDto[];
  @ApiProperty({ type: CoverageDto }) coverage: CoverageDto;
}

export class AddMemberDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() personId: string;
  @ApiProperty({ enum: ['member', 'coordinator'] }) @IsIn(['member', 'coordinator']) role: 'member' | 'coordinator';
}

export class JoinRequestDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: PersonSummaryDto }) person: PersonSummaryDto;
  @ApiProperty() message: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class NetworkRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty() name: string;
}

export class ManagedJoinRequestDto extends JoinRequestDto {
  @ApiProperty({ type: NetworkRefDto }) network: NetworkRefDto;
}
