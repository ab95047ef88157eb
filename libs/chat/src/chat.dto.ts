import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { AttachmentDto } from '@hub/core';

export class ChatAuthorDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() external: boolean;
}

export class MessageDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'Order within the conversation; use as read position.' }) seq: string;
  @ApiProperty({ format: 'uuid' }) conversationId: string;
  @ApiProperty({ type: ChatAuthorDto, nullable: true }) author: ChatAuthorDto | null;
  @ApiProperty({ description: 'Empty when deleted.' }) body: string;
  @ApiProperty({ description: 'Sanitised HTML (empty when deleted).' }) html: string;
  @ApiProperty() deleted: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) editedAt: string | null;
  @ApiProperty() mine: boolean;
  @ApiProperty({
    type: [AttachmentDto],
    description: 'Attached library documents; in a direct conversation one the viewer may not read shows as unavailable.',
  })
  attachments: AttachmentDto[];
}

export class MessagePageDto {
  @ApiProperty({ type: [MessageDto], description: 'Newest first.' }) items: MessageDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `before` for older messages.' }) nextCursor: string | null;
}

export class ConversationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['network', 'direct'] }) kind: 'network' | 'direct';
  @ApiProperty({ description: 'The network name, or the other person’s name.' }) title: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) networkId: string | null;
  @ApiProperty({ type: ChatAuthorDto, nullable: true, description: 'The other person of a direct conversation.' })
  other: ChatAuthorDto | null;
  @ApiProperty() unread: number;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) lastMessageAt: string | null;
}

export class MessageQueryDto {
  @ApiPropertyOptional({ description: 'Messages older than this seq.' }) @IsOptional() @Matches(/^\d{1,18}$/) before?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}

export class SendMessageDto {
  @ApiProperty({ maxLength: 4000 }) @IsString() @Length(1, 4000) body: string;
  @ApiPropertyOptional({ type: [String], description: 'Library documents to attach (at most 5; in a network channel, from that network).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @IsUUID('all', { each: true })
  documentIds?: string[];
}

export class OpenDirectDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() personId: string;
}

export class MarkReadDto {
  @ApiProperty({ description: 'The seq of the last message read.' }) @Matches(/^\d{1,18}$/) seq: string;
}
