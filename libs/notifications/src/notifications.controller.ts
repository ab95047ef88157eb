import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Access } from '@hub/access';
import { type Actor, CurrentActor } from '@hub/core';
import {
  MarkNotificationsReadDto,
  NotificationPageDto,
  NotificationQueryDto,
  NotificationSettingDto,
  SetLevelDto,
} from './notifications.dto';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@Controller({ path: 'me', version: '1' })
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get('notifications')
  @Access('me.read')
  @ApiOperation({ summary: 'My notifications, newest first, with the unread count.' })
  @ApiOkResponse({ type: NotificationPageDto })
  page(@CurrentActor() actor: Actor, @Query() query: NotificationQueryDto): Promise<NotificationPageDto> {
    return this.notifications.page(actor, query);
  }

  @Post('notifications/read')
  @Access('me.update')
  @HttpCode(204)
  @ApiOperation({ summary: 'Mark notifications as read: these ids, those about one post or meeting, or all.' })
  @ApiNoContentResponse()
  read(@CurrentActor() actor: Actor, @Body() body: MarkNotificationsReadDto): Promise<void> {
    return this.notifications.markRead(actor, body);
  }

  @Get('notification-settings')
  @Access('me.read')
  @ApiOperation({ summary: 'What each of my networks may notify me about.' })
  @ApiOkResponse({ type: [NotificationSettingDto] })
  settings(@CurrentActor() actor: Actor): Promise<NotificationSettingDto[]> {
    return this.notifications.settings(actor);
  }

  @Put('notification-settings/:networkId')
  @Access('network.content.read')
  @ApiParam({ name: 'networkId', description: 'Network id or slug' })
  @ApiOperation({ summary: 'Everything, mentions and announcements only, or nothing, per network.' })
  @ApiOkResponse({ type: [NotificationSettingDto] })
  setLevel(
    @CurrentActor() actor: Actor,
    @Param('networkId') networkId: string,
    @Body() body: SetLevelDto,
  ): Promise<NotificationSettingDto[]> {
    return this.notifications.setLevel(actor, networkId, body.level);
  }
}
