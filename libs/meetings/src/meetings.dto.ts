import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';

export const ANSWERS = ['yes', 'no', 'maybe'] as const;
export type Answer = (typeof ANSWERS)[number];

/** Places at the meeting: null for no limit; bounded so any answer fits an integer column. */
const Capacity = (): PropertyDecorator =>
  applyDecorators(ApiPropertyOptional({ minimum: 1, maximum: 100000, nullable: true, type: Number }), IsOptional(), IsInt(), Min(1), Max(100000));

export class CreateMeetingDto {
  @ApiProperty({ maxLength: 200 }) @IsString() @Length(1, 200) title: string;
  @ApiPropertyOptional({ description: 'Agenda/description in markdown (sanitised).', maxLength: 20000 })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  description?: string;
  @ApiProperty({ format: 'date-time', example: '2026-12-08T09:00:00+01:00' }) @IsISO8601({ strict: true }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) @IsISO8601({ strict: true }) endsAt: string;
  @ApiPropertyOptional({ description: 'Address.', maxLength: 300 }) @IsOptional() @IsString() @MaxLength(300) location?: string;
  @ApiPropertyOptional({ description: 'https link to the video meeting.', maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @Matches(/^(https:\/\/\S+)?$/, { message: 'Videolänken måste börja med https://.' })
  videoUrl?: string;
  @Capacity() capacity?: number | null;
  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String }) @IsOptional() @IsISO8601({ strict: true }) rsvpDeadline?:
    string | null;
}

export class UpdateMeetingDto {
  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsString() @Length(1, 200) title?: string;
  @ApiPropertyOptional({ maxLength: 20000 }) @IsOptional() @IsString() @MaxLength(20000) description?: string;
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @IsISO8601({ strict: true }) startsAt?: string;
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @IsISO8601({ strict: true }) endsAt?: string;
  @ApiPropertyOptional({ maxLength: 300 }) @IsOptional() @IsString() @MaxLength(300) location?: string;
  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @Matches(/^(https:\/\/\S+)?$/, { message: 'Videolänken måste börja med https://.' })
  videoUrl?: string;
  @Capacity() capacity?: number | null;
  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String }) @IsOptional() @IsISO8601({ strict: true }) rsvpDeadline?:
    string | null;
}

export class RsvpDto {
  @ApiProperty({ enum: ANSWERS, description: 'ja / nej / kanske' }) @IsIn(ANSWERS) answer: Answer;
  @ApiPropertyOptional({ maxLength: 500 }) @IsOptional() @IsString() @MaxLength(500) comment?: string;
}

export class RsvpCountsDto {
  @ApiProperty() yes: number;
  @ApiProperty() no: number;
  @ApiProperty() maybe: number;
  @ApiProperty({ description: 'Yes answers beyond the capacity, in order.' }) waitlisted: number;
}

export class MyAnswerDto {
  @ApiProperty({ enum: ANSWERS }) answer: Answer;
  @ApiProperty() waitlisted: boolean;
  @ApiProperty() comment: string;
}

export class MeetingDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) networkId: string;
  @ApiProperty() networkSlug: string;
  @ApiProperty() networkName: string;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty({ description: 'Sanitised HTML of the description.' }) descriptionHtml: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty() location: string;
  @ApiProperty() videoUrl: string;
  @ApiProperty({ type: Number, nullable: true }) capacity: number | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) rsvpDeadline: string | null;
  @ApiProperty() cancelled: boolean;
  @ApiProperty({ type: String, nullable: true }) organizerName: string | null;
  @ApiProperty({ type: RsvpCountsDto }) counts: RsvpCountsDto;
  @ApiProperty({ type: MyAnswerDto, nullable: true }) myAnswer: MyAnswerDto | null;
  @ApiProperty({ description: 'The viewer may edit and cancel it.' }) canManage: boolean;
}

export class AttendeeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ANSWERS }) answer: Answer;
  @ApiProperty() waitlisted: boolean;
  @ApiProperty() comment: string;
}

export class AttendeeGroupDto {
  @ApiProperty() affiliation: string;
  @ApiProperty({ type: [AttendeeDto] }) people: AttendeeDto[];
}

export class MeetingsQueryDto {
  @ApiPropertyOptional({ enum: ['upcoming', 'past'], default: 'upcoming' }) @IsOptional() @IsIn(['upcoming', 'past']) when?:
    'upcoming' | 'past';
}

export class CreateFeedDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only this network; omit for all my networks.' })
  @IsOptional()
  @IsUUID()
  networkId?: string;
}

export class CalendarFeedDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true }) networkName: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class CreatedCalendarFeedDto extends CalendarFeedDto {
  @ApiProperty({ description: 'Subscribe to this address in Outlook, Google, Apple or Thunderbird; shown once.' }) url: string;
}

export class CalendarQueryDto {
  @ApiPropertyOptional({
    format: 'date-time',
    description: 'From this time (e.g. the first day of a month); with `to`, past meetings too.',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'Up to this time (at most a year after `from`).' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}
