import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { AttachmentDto } from '@hub/core';

export const REACTION_KINDS = ['like', 'heart', 'celebrate', 'thanks', 'idea'] as const;
export type ReactionKind = (typeof REACTION_KINDS)[number];

export class AuthorDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() title: string;
  @ApiProperty() external: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'Municipality, or organisation for guests.' }) affiliation: string | null;
}

export class NetworkRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty() name: string;
}

export class ReactionCountDto {
  @ApiProperty({ enum: REACTION_KINDS }) kind: ReactionKind;
  @ApiProperty() count: number;
  @ApiProperty({ description: 'I reacted so.' }) mine: boolean;
}

export class PostDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: NetworkRefDto }) network: NetworkRefDto;
  @ApiProperty({ type: AuthorDto, nullable: true }) author: AuthorDto | null;
  @ApiProperty({ description: 'The markdown as written (empty when deleted).' }) body: string;
  @ApiProperty({ description: 'Sanitised HTML rendered on the server (empty when deleted).' }) html: string;
  @ApiProperty({ description: 'A tombstone: the text is gone, the record stays.' }) deleted: boolean;
  @ApiProperty() announcement: boolean;
  @ApiProperty({ description: 'Members are asked to press "Läst och förstått".' }) requiresAck: boolean;
  @ApiProperty() pinned: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) editedAt: string | null;
  @ApiProperty() commentCount: number;
  @ApiProperty({ type: [ReactionCountDto] }) reactions: ReactionCountDto[];
  @ApiProperty() ackCount: number;
  @ApiProperty({ type: [AttachmentDto], description: 'Library documents of the network attached to the post.' })
  attachments: AttachmentDto[];
  @ApiProperty() acknowledgedByMe: boolean;
  @ApiProperty({ description: 'The viewer may edit the text (the author).' }) canEdit: boolean;
  @ApiProperty({ description: 'The viewer may delete it, pin it and make it an announcement.' }) canModerate: boolean;
}

export class CommentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) parentId: string | null;
  @ApiProperty({ type: AuthorDto, nullable: true }) author: AuthorDto | null;
  @ApiProperty() html: string;
  @ApiProperty() deleted: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ description: 'The viewer may delete it (its author or a coordinator).' }) canDelete: boolean;
}

export class PostWithCommentsDto extends PostDto {
  @ApiProperty({ type: [CommentDto], description: 'Top-level comments, each followed by its replies, oldest first.' })
  comments: CommentDto[];
}

export class PostPageDto {
  @ApiProperty({ type: [PostDto] }) items: PostDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class FeedQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) cursor?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 20 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(50) limit?: number;
  @ApiPropertyOptional({ description: 'true: only pinned posts; false: leave pinned posts out; omitted: all.' })
  @IsOptional()
  @IsIn(['true', 'false'])
  pinned?: 'true' | 'false';
}

export class CreatePostDto {
  @ApiProperty({ description: 'Markdown; mentions as @[Namn](person-id).', maxLength: 20000 }) @IsString() @Length(1, 20000) body: string;
  @ApiPropertyOptional({ description: 'Coordinators: an announcement.' }) @IsOptional() @IsBoolean() announcement?: boolean;
  @ApiPropertyOptional({ description: 'Coordinators: members are asked to acknowledge it.' })
  @IsOptional()
  @IsBoolean()
  requiresAck?: boolean;
  @ApiPropertyOptional({ type: [String], description: "Ids of documents in the network's library to attach (at most 10)." })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  documentIds?: string[];
}

export class UpdatePostDto {
  @ApiPropertyOptional({ maxLength: 20000 }) @IsOptional() @IsString() @Length(1, 20000) body?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() announcement?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() requiresAck?: boolean;
  @ApiPropertyOptional({ type: [String], description: 'Replaces the attached documents (the author).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  documentIds?: string[];
}

export class CreateCommentDto {
  @ApiProperty({ maxLength: 5000 }) @IsString() @Length(1, 5000) body: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Reply to this top-level comment.' }) @IsOptional() @IsUUID() parentId?: string;
}

export class RevisionDto {
  @ApiProperty() body: string;
  @ApiProperty({ type: String, nullable: true }) editorName: string | null;
  @ApiProperty({ format: 'date-time' }) replacedAt: string;
}

export class AckGroupDto {
  @ApiProperty({ description: 'Municipality, or organisation for guests.' }) affiliation: string;
  @ApiProperty({ type: [AuthorDto] }) people: AuthorDto[];
}

export class AcknowledgementsDto {
  @ApiProperty({ type: [AckGroupDto] }) acknowledged: AckGroupDto[];
  @ApiProperty({ type: [AckGroupDto] }) pending: AckGroupDto[];
}

export class PreviewDto {
  @ApiProperty({ maxLength: 20000 }) @IsString() @Length(0, 20000) body: string;
  @ApiPropertyOptional({ description: 'Network id or slug, to resolve mentions of its members.' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  network?: string;
}

export class PreviewResultDto {
  @ApiProperty({ description: 'The sanitised HTML the post would get.' }) html: string;
}
