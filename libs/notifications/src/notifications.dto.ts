import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

export const NOTIFICATION_KINDS = [
  'mention',
  'reply',
  'announcement',
  'join_request',
  'meeting_announced',
  'meeting_changed',
  'meeting_cancelled',
  'minutes_published',
  'agenda_proposed',
  'action_assigned',
] as const;
export const LEVELS = ['all', 'important', 'none'] as const;
export type Level = (typeof LEVELS)[number];

export class NotificationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS }) kind: (typeof NOTIFICATION_KINDS)[number];
  @ApiProperty({ description: 'Who did it.', type: String, nullable: true }) actorName: string | null;
  @ApiProperty({ format: 'uuid' }) networkId: string;
  @ApiProperty() networkSlug: string;
  @ApiProperty() networkName: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) postId: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'The comment (mentions in comments, replies).' }) commentId:
    string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) meetingId: string | null;
  @ApiProperty({ nullable: true, type: String }) meetingTitle: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty() read: boolean;
}

export class NotificationPageDto {
  @ApiProperty({ type: [NotificationDto] }) items: NotificationDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
  @ApiProperty() unread: number;
}

export class NotificationQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) cursor?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 20 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(50) limit?: number;
}

export class MarkNotificationsReadDto {
  @ApiPropertyOptional({ type: [String], description: 'These; omit to mark all as read.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  ids?: string[];
  @ApiPropertyOptional({ format: 'uuid', description: 'Only those about this post (the web app sends it when the post is opened).' })
  @IsOptional()
  @IsUUID('all')
  postId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Only those about this meeting (sent when the meeting is opened).' })
  @IsOptional()
  @IsUUID('all')
  meetingId?: string;
}

export class NotificationSettingDto {
  @ApiProperty({ format: 'uuid' }) networkId: string;
  @ApiProperty() networkName: string;
  @ApiProperty({ enum: LEVELS, description: 'all: everything; important: mentions and announcements; none: nothing.' }) level: Level;
}

export class SetLevelDto {
  @ApiProperty({ enum: LEVELS }) @IsIn(LEVELS) level: Level;
}
