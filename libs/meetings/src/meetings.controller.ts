import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Access, Public } from '@hub/access';
import { type Actor, CurrentActor, notFound, UuidPipe } from '@hub/core';
import {
  AttendeeGroupDto,
  CalendarQueryDto,
  CalendarFeedDto,
  CreatedCalendarFeedDto,
  CreateFeedDto,
  CreateMeetingDto,
  MeetingDto,
  MeetingsQueryDto,
  RsvpDto,
  UpdateMeetingDto,
} from './meetings.dto';
import { MeetingsService } from './meetings.service';

const ICS_TYPE = 'text/calendar; charset=utf-8';

@ApiTags('meetings')
@Controller({ version: '1' })
export class MeetingsController {
  constructor(private readonly meetings: MeetingsService) {}

  @Get('networks/:id/meetings')
  @Access('network.content.read')
  @ApiParam({ name: 'id', description: 'Network id or slug' })
  @ApiOperation({ summary: "A network's meetings (upcoming by default)." })
  @ApiOkResponse({ type: [MeetingDto] })
  list(@CurrentActor() actor: Actor, @Param('id') id: string, @Query() query: MeetingsQueryDto): Promise<MeetingDto[]> {
    return this.meetings.list(actor, id, query);
  }

  @Post('networks/:id/meetings')
  @Access('network.content.moderate')
  @ApiParam({ name: 'id', description: 'Network id or slug' })
  @ApiOperation({ summary: 'Announce a meeting (coordinators). Times in ISO 8601; shown in Europe/Stockholm.' })
  @ApiCreatedResponse({ type: MeetingDto })
  create(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: CreateMeetingDto): Promise<MeetingDto> {
    return this.meetings.create(actor, id, body);
  }

  @Get('calendar')
  @Access('feed.read')
  @ApiOperation({ summary: 'Meetings across all my networks with my answers: upcoming ones, or those within from–to (a month view).' })
  @ApiOkResponse({ type: [MeetingDto] })
  calendar(@CurrentActor() actor: Actor, @Query() query: CalendarQueryDto): Promise<MeetingDto[]> {
    return this.meetings.calendar(actor, query);
  }

  @Get('calendar/feeds/:token')
  @Public()
  @ApiParam({ name: 'token', description: '<token>.ics from the feed address' })
  @ApiOperation({ summary: 'A subscribed calendar feed (iCalendar), reached by its secret address.' })
  @ApiProduces('text/calendar')
  async feed(@Param('token') file: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    if (!file.endsWith('.ics')) throw notFound('Kalenderflödet finns inte eller är återkallat.');
    const body = await this.meetings.feedIcs(file.slice(0, -4));
    void reply.header('Content-Type', ICS_TYPE).header('Cache-Control', 'private, max-age=300');
    return body;
  }

  @Get('me/calendar-feeds')
  @Access('me.read')
  @ApiOperation({ summary: 'My calendar feed addresses (without their secrets).' })
  @ApiOkResponse({ type: [CalendarFeedDto] })
  feeds(@CurrentActor() actor: Actor): Promise<CalendarFeedDto[]> {
    return this.meetings.feeds(actor);
  }

  @Post('me/calendar-feeds')
  @Access('me.update')
  @ApiOperation({ summary: 'A new feed address for all my networks or one; the address is shown once.' })
  @ApiCreatedResponse({ type: CreatedCalendarFeedDto })
  createFeed(@CurrentActor() actor: Actor, @Body() body: CreateFeedDto): Promise<CreatedCalendarFeedDto> {
    return this.meetings.createFeed(actor, body.networkId);
  }

  @Delete('me/calendar-feeds/:id')
  @Access('me.update')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke a feed address (renew by creating a new one).' })
  @ApiNoContentResponse()
  revokeFeed(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<void> {
    return this.meetings.revokeFeed(actor, id);
  }

  @Get('meetings/:id')
  @Access('network.content.read')
  @ApiParam({ name: 'id', description: 'Meeting id; <id>.ics for the iCalendar file' })
  @ApiOperation({ summary: 'One meeting (or its .ics file).' })
  @ApiOkResponse({ type: MeetingDto })
  async get(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MeetingDto | string> {
    if (id.endsWith('.ics')) {
      const body = await this.meetings.icsOf(actor, id.slice(0, -4));
      void reply.header('Content-Type', ICS_TYPE).header('Content-Disposition', 'attachment; filename="mote.ics"');
      return body;
    }
    return this.meetings.get(actor, id);
  }

  @Patch('meetings/:id')
  @Access('network.content.moderate')
  @ApiOperation({ summary: 'Change a meeting (coordinators); calendars update it.' })
  @ApiOkResponse({ type: MeetingDto })
  update(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() body: UpdateMeetingDto): Promise<MeetingDto> {
    return this.meetings.update(actor, id, body);
  }

  @Delete('meetings/:id')
  @Access('network.content.moderate')
  @HttpCode(204)
  @ApiOperation({ summary: 'Cancel a meeting (coordinators); it stays, marked cancelled.' })
  @ApiNoContentResponse()
  cancel(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<void> {
    return this.meetings.cancel(actor, id);
  }

  @Put('meetings/:id/rsvp')
  @Access('network.content.read')
  @ApiOperation({ summary: 'Answer ja / nej / kanske; beyond the capacity a yes waits in line.' })
  @ApiOkResponse({ type: MeetingDto })
  rsvp(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() body: RsvpDto): Promise<MeetingDto> {
    return this.meetings.rsvp(actor, id, body);
  }

  @Get('meetings/:id/attendees')
  @Access('network.content.moderate')
  @ApiOperation({ summary: 'Answers by municipality, with the waiting list (coordinators).' })
  @ApiOkResponse({ type: [AttendeeGroupDto] })
  attendees(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<AttendeeGroupDto[]> {
    return this.meetings.attendees(actor, id);
  }
}
