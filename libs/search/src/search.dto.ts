import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export const FLAGS = ['askMe', 'mentor', 'learning'] as const;
export type Flag = (typeof FLAGS)[number];

export class PeopleSearchQueryDto {
  @ApiPropertyOptional({ description: 'What to look for: expertise, title, name… (empty lists everyone).', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
  @ApiPropertyOptional({ description: 'Municipality id or slug.' }) @IsOptional() @IsString() @MaxLength(80) municipality?: string;
  @ApiPropertyOptional({ description: 'Network id or slug (only networks whose members you may see).' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  network?: string;
  @ApiPropertyOptional({
    enum: FLAGS,
    isArray: true,
    description: '"fråga mig om", "kan vara mentor", "vill lära mig"; repeat for several (people with any of them).',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? [value] : value))
  @IsArray()
  @ArrayMaxSize(3)
  @IsIn(FLAGS, { each: true })
  flag?: Flag[];
  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 20 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(50) limit?: number;
  @ApiPropertyOptional({ minimum: 0, maximum: 950, default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(950)
  offset?: number;
}

export const SEARCH_TYPES = ['people', 'networks', 'posts', 'documents', 'messages', 'meetings'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export class SearchQueryDto {
  @ApiProperty({ maxLength: 200 }) @IsString() @MaxLength(200) q: string;
  @ApiPropertyOptional({ enum: SEARCH_TYPES })
  @IsOptional()
  @IsIn(SEARCH_TYPES)
  type?: SearchType;
  @ApiPropertyOptional({ description: 'Only within this network (id or slug); it must be one whose content you may read.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  network?: string;
  @ApiPropertyOptional({ description: 'People of this municipality only (id or slug).' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  municipality?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 10 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(50) limit?: number;
}

export class SuggestQueryDto {
  @ApiProperty({ maxLength: 100 }) @IsString() @MaxLength(100) q: string;
}

export class SearchMunicipalityDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty() name: string;
}

export class SearchExpertiseDto {
  @ApiProperty() tag: string;
  @ApiProperty() askMe: boolean;
  @ApiProperty() mentor: boolean;
  @ApiProperty() learning: boolean;
}

export class PersonHighlightsDto {
  @ApiProperty({ type: [String], description: 'Matching expertise, HTML-escaped with <mark> around the match.' }) expertise: string[];
  @ApiProperty({ type: String, nullable: true, description: 'The title with <mark> around the match, if it matched.' }) title:
    string | null;
}

export class PersonHitDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() title: string;
  @ApiProperty() external: boolean;
  @ApiProperty({ type: SearchMunicipalityDto, nullable: true }) municipality: SearchMunicipalityDto | null;
  @ApiProperty({ type: String, nullable: true }) organisation: string | null;
  @ApiProperty({ type: [SearchExpertiseDto] }) expertise: SearchExpertiseDto[];
  @ApiProperty({ type: PersonHighlightsDto }) highlights: PersonHighlightsDto;
}

export class FacetValueDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty() name: string;
  @ApiProperty() count: number;
}

export class FlagFacetsDto {
  @ApiProperty() askMe: number;
  @ApiProperty() mentor: number;
  @ApiProperty() learning: number;
}

export class PeopleFacetsDto {
  @ApiProperty({ type: [FacetValueDto] }) municipalities: FacetValueDto[];
  @ApiProperty({ type: [FacetValueDto], description: 'Only networks whose members you may see.' }) networks: FacetValueDto[];
  @ApiProperty({ type: FlagFacetsDto }) flags: FlagFacetsDto;
}

export class PeopleSearchResultDto {
  @ApiProperty() query: string;
  @ApiProperty() total: number;
  @ApiProperty({ type: [PersonHitDto] }) hits: PersonHitDto[];
  @ApiProperty({ type: PeopleFacetsDto }) facets: PeopleFacetsDto;
}

export class NetworkHitDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty() name: string;
  @ApiProperty() description: string;
  @ApiProperty({ enum: ['open', 'closed', 'secret'] }) visibility: 'open' | 'closed' | 'secret';
  @ApiProperty({ type: String, description: 'The name with <mark> around the match.' }) highlight: string;
}

export class PostHitDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) networkId: string;
  @ApiProperty() networkSlug: string;
  @ApiProperty() networkName: string;
  @ApiProperty({ type: String, nullable: true }) authorName: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ description: 'An excerpt, HTML-escaped, with <mark> around the match.' }) excerpt: string;
}

export class DocumentHitDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) networkId: string;
  @ApiProperty() networkSlug: string;
  @ApiProperty() networkName: string;
  @ApiProperty() title: string;
  @ApiProperty({ description: 'pdf, docx, …' }) kind: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ description: 'The title or a passage of the text, HTML-escaped, with <mark> around the match.' }) excerpt: string;
}

export class MessageHitDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) conversationId: string;
  @ApiProperty({ format: 'uuid', type: String, nullable: true, description: 'The channel’s network; null in a direct conversation.' })
  networkId: string | null;
  @ApiProperty({ type: String, nullable: true }) networkSlug: string | null;
  @ApiProperty({ type: String, nullable: true }) networkName: string | null;
  @ApiProperty({ type: String, nullable: true }) authorName: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ description: 'An excerpt, HTML-escaped, with <mark> around the match.' }) excerpt: string;
}

export class MeetingHitDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) networkId: string;
  @ApiProperty() networkSlug: string;
  @ApiProperty() networkName: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty() cancelled: boolean;
  @ApiProperty({ description: 'Where it matched (title, description, agenda or published minutes), HTML-escaped, with <mark>.' })
  excerpt: string;
}

export class SearchCountsDto {
  @ApiProperty() people: number;
  @ApiProperty() networks: number;
  @ApiProperty() posts: number;
  @ApiProperty() documents: number;
  @ApiProperty() messages: number;
  @ApiProperty() meetings: number;
}

export class SearchResultDto {
  @ApiProperty() query: string;
  @ApiProperty({ type: [PersonHitDto] }) people: PersonHitDto[];
  @ApiProperty({ type: [NetworkHitDto] }) networks: NetworkHitDto[];
  @ApiProperty({ type: [PostHitDto], description: 'Posts in networks you may read (matches in the text or its comments).' })
  posts: PostHitDto[];
  @ApiProperty({
    type: [DocumentHitDto],
    description: 'Library documents in networks you may read (title, tags and the text of the current version).',
  })
  documents: DocumentHitDto[];
  @ApiProperty({ type: [MessageHitDto], description: 'Chat messages in channels you may read and in your own direct conversations.' })
  messages: MessageHitDto[];
  @ApiProperty({ type: [MeetingHitDto], description: 'Meetings: title, description, agenda items and published minutes.' })
  meetings: MeetingHitDto[];
  @ApiProperty({ type: SearchCountsDto, description: 'Estimated matches per type among what you may see (for the tabs).' })
  counts: SearchCountsDto;
}

export class SuggestPersonDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true }) municipality: string | null;
  @ApiProperty({ description: 'A guest from outside the municipalities (Region Skåne, police …).' }) external: boolean;
}

export class SuggestDocumentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() kind: string;
  @ApiProperty() networkName: string;
}

export class SuggestNetworkDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty() name: string;
}

export class SuggestResultDto {
  @ApiProperty({ type: [SuggestPersonDto] }) people: SuggestPersonDto[];
  @ApiProperty({ type: [SuggestNetworkDto] }) networks: SuggestNetworkDto[];
  @ApiProperty({ type: [SuggestDocumentDto] }) documents: SuggestDocumentDto[];
}
