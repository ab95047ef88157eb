import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Access } from '@hub/access';
import { type Actor, CurrentActor, UuidPipe } from '@hub/core';
import { ConversationDto, MarkReadDto, MessageDto, MessagePageDto, MessageQueryDto, OpenDirectDto, SendMessageDto } from './chat.dto';
import { ChatService } from './chat.service';

@ApiTags('chat')
@Controller({ version: '1' })
export class ChatController {
  constructor(private readonly chat: ChatService) {}

  @Get('conversations')
  @Access('feed.read')
  @ApiOperation({ summary: 'My direct conversations and my networks’ channels, with unread counts.' })
  @ApiOkResponse({ type: [ConversationDto] })
  conversations(@CurrentActor() actor: Actor): Promise<ConversationDto[]> {
    return this.chat.conversations(actor);
  }

  @Post('conversations/direct')
  @Access('feed.read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Open (or find) the direct conversation with a person.' })
  @ApiOkResponse({ type: ConversationDto })
  direct(@CurrentActor() actor: Actor, @Body() body: OpenDirectDto): Promise<ConversationDto> {
    return this.chat.openDirect(actor, body.personId);
  }

  @Get('networks/:id/chat')
  @Access('network.content.read')
  @ApiParam({ name: 'id', description: 'Network id or slug' })
  @ApiOperation({ summary: "The network's chat channel." })
  @ApiOkResponse({ type: ConversationDto })
  channel(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<ConversationDto> {
    return this.chat.channel(actor, id);
  }

  @Get('conversations/:id/messages')
  @Access('chat.use')
  @ApiOperation({ summary: 'Messages, newest first; `before` pages back.' })
  @ApiOkResponse({ type: MessagePageDto })
  messages(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Query() query: MessageQueryDto): Promise<MessagePageDto> {
    return this.chat.messages(actor, id, query);
  }

  @Post('conversations/:id/messages')
  @Access('chat.use')
  @ApiOperation({ summary: 'Send a message (markdown, sanitised).' })
  @ApiCreatedResponse({ type: MessageDto })
  send(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() body: SendMessageDto): Promise<MessageDto> {
    return this.chat.send(actor, id, body.body, body.documentIds);
  }

  @Post('conversations/:id/read')
  @Access('chat.use')
  @HttpCode(204)
  @ApiOperation({ summary: 'Mark messages up to `seq` as read.' })
  @ApiNoContentResponse()
  read(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() body: MarkReadDto): Promise<void> {
    return this.chat.markRead(actor, id, body.seq);
  }

  @Patch('messages/:id')
  @Access('chat.use')
  @ApiOperation({ summary: 'Edit my message (the earlier text is kept).' })
  @ApiOkResponse({ type: MessageDto })
  edit(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() body: SendMessageDto): Promise<MessageDto> {
    return this.chat.edit(actor, id, body.body, body.documentIds);
  }

  @Delete('messages/:id')
  @Access('chat.use')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete my message (coordinators: any in their network’s channel).' })
  @ApiNoContentResponse()
  remove(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<void> {
    return this.chat.remove(actor, id);
  }
}
