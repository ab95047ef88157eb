import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AttachmentDto, PersonRefDto } from '@hub/core';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
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
  ValidateIf,
} from 'class-validator';

export const AGENDA_STATUSES = ['proposed', 'accepted', 'declined'] as const;
export type AgendaStatus = (typeof AGENDA_STATUSES)[number];

export class AgendaItemDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() details: string;
  @ApiProperty({ enum: AGENDA_STATUSES }) status: AgendaStatus;
  @ApiProperty({ description: 'Order on the agenda (accepted items).' }) position: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Minutes set aside.' }) durationMinutes: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'Planned start (Europe/Stockholm, HH:MM), from the order and durations.' })
  startsAt: string | null;
  @ApiProperty({ type: PersonRefDto, nullable: true }) proposedBy: PersonRefDto | null;
  @ApiProperty({ description: 'The viewer may withdraw it (the proposer while it is proposed, coordinators).' }) canDelete: boolean;
}

export class ActionItemDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) meetingId: string;
  @ApiProperty() meetingTitle: string;
  @ApiProperty({ format: 'date-time' }) meetingStartsAt: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: PersonRefDto, nullable: true }) owner: PersonRefDto | null;
  @ApiProperty({ type: String, nullable: true, description: 'YYYY-MM-DD' }) dueOn: string | null;
  @ApiProperty() done: boolean;
  @ApiProperty({ format: 'date-time', type: String, nullable: true }) doneAt: string | null;
}

export class AgendaDto {
  @ApiProperty({ type: [AgendaItemDto], description: 'Accepted items in order, then proposals, then declined ones.' })
  items: AgendaItemDto[];
  @ApiProperty({
    type: [ActionItemDto],
    description: 'Open action items from earlier meetings of the network: they stay on the agenda until done.',
  })
  carriedOver: ActionItemDto[];
  @ApiProperty({ description: 'The viewer may propose items (members, before the meeting starts).' }) canPropose: boolean;
  @ApiProperty({ description: 'The viewer may accept, order and time items (coordinators).' }) canManage: boolean;
}

export class ProposeAgendaItemDto {
  @ApiProperty({ maxLength: 200 }) @IsString() @Length(1, 200) title: string;
  @ApiPropertyOptional({ maxLength: 2000 }) @IsOptional() @IsString() @MaxLength(2000) details?: string;
}

export class UpdateAgendaItemDto {
  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsString() @Length(1, 200) title?: string;
  @ApiPropertyOptional({ maxLength: 2000 }) @IsOptional() @IsString() @MaxLength(2000) details?: string;
  @ApiPropertyOptional({ enum: AGENDA_STATUSES }) @IsOptional() @IsIn(AGENDA_STATUSES) status?: AgendaStatus;
  @ApiPropertyOptional({ minimum: 0, maximum: 1000 }) @IsOptional() @IsInt() @Min(0) @Max(1000) position?: number;
  @ApiPropertyOptional({ minimum: 1, maximum: 600, nullable: true, type: Number })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsInt()
  @Min(1)
  @Max(600)
  durationMinutes?: number | null;
}

export class MinutesDto {
  @ApiProperty({ format: 'uuid' }) meetingId: string;
  @ApiProperty({ enum: ['none', 'draft', 'published'], description: 'none: nothing written yet (or a draft the viewer may not see).' })
  status: 'none' | 'draft' | 'published';
  @ApiProperty({ description: 'Markdown: the draft for those who write the minutes, the published text for everyone else.' }) body: string;
  @ApiProperty({ description: 'Sanitised HTML of `body`.' }) html: string;
  @ApiProperty({ description: 'Sanitised HTML of the minutes as last published (what members see); empty before publishing.' })
  publishedHtml: string;
  @ApiProperty({ description: 'For writers: the draft has changes not yet published.' }) unpublishedChanges: boolean;
  @ApiProperty({ format: 'date-time', type: String, nullable: true }) publishedAt: string | null;
  @ApiProperty({ type: PersonRefDto, nullable: true }) publishedBy: PersonRefDto | null;
  @ApiProperty({ format: 'uuid', type: String, nullable: true, description: 'The copy in the network’s document library.' })
  documentId: string | null;
  @ApiProperty({ type: PersonRefDto, nullable: true }) noteTaker: PersonRefDto | null;
  @ApiProperty({ type: [ActionItemDto] }) actionItems: ActionItemDto[];
  @ApiProperty({
    type: [AttachmentDto],
    description: 'Library documents attached to the minutes (shown once published; writers see them at once).',
  })
  attachments: AttachmentDto[];
  @ApiProperty({ description: 'The viewer may write and publish (coordinators and the note-taker).' }) canEdit: boolean;
}

export class SaveMinutesDto {
  @ApiProperty({ maxLength: 100000, description: 'Markdown: decisions and notes.' }) @IsString() @MaxLength(100000) body: string;
  @ApiPropertyOptional({
    type: [String],
    description: "Documents of the network's library attached to the minutes (replaces the list; at most 10).",
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  documentIds?: string[];
}

export class NoteTakerDto {
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) @ValidateIf((_o, v) => v !== null) @IsUUID() personId: string | null;
}

export class CreateActionItemDto {
  @ApiProperty({ maxLength: 300 }) @IsString() @Length(1, 300) title: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsUUID()
  ownerId?: string | null;
  @ApiPropertyOptional({ description: 'YYYY-MM-DD', nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'Förfallodatum ska anges som ÅÅÅÅ-MM-DD.' })
  dueOn?: string | null;
}

export class UpdateActionItemDto extends CreateActionItemDto {
  @ApiPropertyOptional({ maxLength: 300 }) @IsOptional() @IsString() @Length(1, 300) declare title: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() done?: boolean;
}

export class ActionItemQueryDto {
  @ApiPropertyOptional({ enum: ['open', 'all'], default: 'open' }) @IsOptional() @IsIn(['open', 'all']) status?: 'open' | 'all';
}

export class MeetingMailSettingDto {
  @ApiProperty({ format: 'uuid' }) networkId: string;
  @ApiProperty() networkName: string;
  @ApiProperty({ description: 'Invitations, changes, cancellations and 24-hour reminders by e-mail.' }) enabled: boolean;
}

export class SetMeetingMailDto {
  @ApiProperty() @IsBoolean() enabled: boolean;
}

export class ReportQueryDto {
  @ApiProperty({ minimum: 2000, maximum: 2100 }) @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year: number;
  @ApiPropertyOptional({ enum: ['json', 'csv'], default: 'json' }) @IsOptional() @IsIn(['json', 'csv']) format?: 'json' | 'csv';
}

export class MunicipalityCountDto {
  @ApiProperty() municipality: string;
  @ApiProperty({ description: 'Yes answers (not waiting) to meetings held.' }) attendees: number;
}

export class NetworkReportDto {
  @ApiProperty({ format: 'uuid' }) networkId: string;
  @ApiProperty() networkName: string;
  @ApiProperty({ description: 'Meetings that took place (not cancelled, ended within the year).' }) meetingsHeld: number;
  @ApiProperty() meetingsCancelled: number;
  @ApiProperty({ description: 'Yes answers to meetings held.' }) attendance: number;
  @ApiProperty({ type: [MunicipalityCountDto] }) byMunicipality: MunicipalityCountDto[];
  @ApiProperty() minutesPublished: number;
  @ApiProperty({ description: 'Action items from the year’s meetings not yet done.' }) openActionItems: number;
}

export class MeetingReportDto {
  @ApiProperty() year: number;
  @ApiProperty({ type: [NetworkReportDto] }) networks: NetworkReportDto[];
}
