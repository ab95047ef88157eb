import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Access } from '@hub/access';
import { type Actor, CurrentActor, UuidPipe } from '@hub/core';
import {
  ActionItemDto,
  ActionItemQueryDto,
  AgendaDto,
  CreateActionItemDto,
  MeetingMailSettingDto,
  MeetingReportDto,
  MinutesDto,
  NoteTakerDto,
  ProposeAgendaItemDto,
  ReportQueryDto,
  SaveMinutesDto,
  SetMeetingMailDto,
  UpdateActionItemDto,
  UpdateAgendaItemDto,
} from './cycle.dto';
import { MeetingCycleService } from './cycle.service';

@ApiTags('meetings')
@Controller({ version: '1' })
export class MeetingCycleController {
  constructor(private readonly cycle: MeetingCycleService) {}

  @Get('meetings/:id/agenda')
  @Access('network.content.read')
  @ApiOperation({ summary: 'The agenda: accepted items in order with planned times, proposals, and open action items carried over.' })
  @ApiOkResponse({ type: AgendaDto })
  agenda(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<AgendaDto> {
    return this.cycle.agenda(actor, id);
  }

  @Post('meetings/:id/agenda-items')
  @Access('network.content.write')
  @ApiOperation({ summary: 'Propose an agenda item (members, before the meeting).' })
  @ApiCreatedResponse({ type: AgendaDto })
  propose(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() body: ProposeAgendaItemDto): Promise<AgendaDto> {
    return this.cycle.propose(actor, id, body);
  }

  @Patch('agenda-items/:id')
  @Access('network.content.moderate')
  @ApiOperation({ summary: 'Accept or decline, order and time an agenda item (coordinators).' })
  @ApiOkResponse({ type: AgendaDto })
  updateAgendaItem(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() body: UpdateAgendaItemDto): Promise<AgendaDto> {
    return this.cycle.updateAgendaItem(actor, id, body);
  }

  @Delete('agenda-items/:id')
  @Access('network.content.write')
  @HttpCode(204)
  @ApiOperation({ summary: 'Withdraw an agenda item (its proposer while proposed; coordinators).' })
  @ApiNoContentResponse()
  deleteAgendaItem(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<void> {
    return this.cycle.deleteAgendaItem(actor, id);
  }

  @Get('meetings/:id/minutes')
  @Access('network.content.read')
  @ApiOperation({ summary: 'The minutes with their action items (a draft only for those who write it).' })
  @ApiOkResponse({ type: MinutesDto })
  minutes(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<MinutesDto> {
    return this.cycle.minutes(actor, id);
  }

  @Put('meetings/:id/minutes')
  @Access('network.content.read')
  @ApiOperation({ summary: 'Save the minutes as a draft (coordinators and the note-taker).' })
  @ApiOkResponse({ type: MinutesDto })
  saveMinutes(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() body: SaveMinutesDto): Promise<MinutesDto> {
    return this.cycle.saveMinutes(actor, id, body.body, body.documentIds);
  }

  @Post('meetings/:id/minutes/publish')
  @Access('network.content.read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Publish the minutes: members are told, and a copy goes into the network’s document library.' })
  @ApiOkResponse({ type: MinutesDto })
  publishMinutes(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<MinutesDto> {
    return this.cycle.publishMinutes(actor, id);
  }

  @Put('meetings/:id/note-taker')
  @Access('network.content.moderate')
  @ApiOperation({ summary: 'Appoint (or remove) the member who writes the minutes (coordinators).' })
  @ApiOkResponse({ type: MinutesDto })
  setNoteTaker(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() body: NoteTakerDto): Promise<MinutesDto> {
    return this.cycle.setNoteTaker(actor, id, body.personId);
  }

  @Post('meetings/:id/action-items')
  @Access('network.content.read')
  @ApiOperation({ summary: 'Add an action item (what, owner, due date) to the minutes.' })
  @ApiCreatedResponse({ type: ActionItemDto })
  createActionItem(
    @CurrentActor() actor: Actor,
    @Param('id', UuidPipe) id: string,
    @Body() body: CreateActionItemDto,
  ): Promise<ActionItemDto> {
    return this.cycle.createActionItem(actor, id, body);
  }

  @Patch('action-items/:id')
  @Access('network.content.read')
  @ApiOperation({ summary: 'Change an action item, or mark it done (its owner may do that).' })
  @ApiOkResponse({ type: ActionItemDto })
  updateActionItem(
    @CurrentActor() actor: Actor,
    @Param('id', UuidPipe) id: string,
    @Body() body: UpdateActionItemDto,
  ): Promise<ActionItemDto> {
    return this.cycle.updateActionItem(actor, id, body);
  }

  @Get('networks/:id/action-items')
  @Access('network.content.read')
  @ApiParam({ name: 'id', description: 'Network id or slug' })
  @ApiOperation({ summary: "The network's action items (open ones by default)." })
  @ApiOkResponse({ type: [ActionItemDto] })
  networkActionItems(@CurrentActor() actor: Actor, @Param('id') id: string, @Query() query: ActionItemQueryDto): Promise<ActionItemDto[]> {
    return this.cycle.networkActionItems(actor, id, query.status ?? 'open');
  }

  @Get('me/meeting-mail')
  @Access('me.read')
  @ApiOperation({ summary: 'Meeting e-mail (invitations, changes, reminders, minutes) on or off, per network of mine.' })
  @ApiOkResponse({ type: [MeetingMailSettingDto] })
  mailSettings(@CurrentActor() actor: Actor): Promise<MeetingMailSettingDto[]> {
    return this.cycle.mailSettings(actor);
  }

  @Put('me/meeting-mail/:networkId')
  @Access('network.read')
  @ApiOperation({ summary: 'Turn meeting e-mail from one network on or off.' })
  @ApiOkResponse({ type: [MeetingMailSettingDto] })
  setMail(
    @CurrentActor() actor: Actor,
    @Param('networkId') networkId: string,
    @Body() body: SetMeetingMailDto,
  ): Promise<MeetingMailSettingDto[]> {
    return this.cycle.setMail(actor, networkId, body.enabled);
  }

  @Get('admin/meeting-report')
  @Access('admin.overview')
  @ApiOperation({
    summary: 'Per network and year: meetings held, attendance by municipality, minutes published, open action items (JSON or CSV).',
  })
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ type: MeetingReportDto })
  async report(@Query() query: ReportQueryDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeetingReportDto | string> {
    if (query.format !== 'csv') return this.cycle.report(query.year);
    void reply
      .header('Content-Type', 'text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="motesrapport-${query.year}.csv"`);
    return this.cycle.reportCsv(query.year);
  }
}
