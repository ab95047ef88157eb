import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Access } from '@hub/access';
import { type Actor, CurrentActor, UuidPipe } from '@hub/core';
import {
  AddMemberDto,
  CreateNetworkDto,
  JoinDto,
  JoinRequestDto,
  JoinResultDto,
  ManagedJoinRequestDto,
  MembersDto,
  NetworkDto,
  NetworkListQueryDto,
  NetworkSummaryDto,
  UpdateNetworkDto,
} from './networks.dto';
import { NetworksService } from './networks.service';

const ID_PARAM = { name: 'id', description: 'Network id or slug' };

@ApiTags('networks')
@Controller({ path: 'join-requests', version: '1' })
export class JoinRequestsController {
  constructor(private readonly networks: NetworksService) {}

  @Get()
  @Access('network.list')
  @ApiOperation({ summary: 'Pending requests to join the networks I coordinate (all networks for the secretariat).' })
  @ApiOkResponse({ type: [ManagedJoinRequestDto] })
  mine(@CurrentActor() actor: Actor): Promise<ManagedJoinRequestDto[]> {
    return this.networks.managedJoinRequests(actor);
  }
}

@ApiTags('networks')
@Controller({ path: 'networks', version: '1' })
export class NetworksController {
  constructor(private readonly networks: NetworksService) {}

  @Get()
  @Access('network.list')
  @ApiOperation({ summary: 'Networks I am in and those I may discover.' })
  @ApiOkResponse({ type: [NetworkSummaryDto] })
  list(@CurrentActor() actor: Actor, @Query() query: NetworkListQueryDto): Promise<NetworkSummaryDto[]> {
    return this.networks.list(actor, query);
  }

  @Post()
  @Access('network.create')
  @ApiOperation({ summary: 'Create a network (the secretariat).' })
  @ApiCreatedResponse({ type: NetworkDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateNetworkDto): Promise<NetworkDto> {
    return this.networks.create(actor, body);
  }

  @Get(':id')
  @Access('network.read')
  @ApiParam(ID_PARAM)
  @ApiOperation({ summary: 'One network, by id or slug.' })
  @ApiOkResponse({ type: NetworkDto })
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<NetworkDto> {
    return this.networks.get(actor, id);
  }

  @Patch(':id')
  @Access('network.update')
  @ApiParam(ID_PARAM)
  @ApiOperation({ summary: 'Edit a network: coordinators the description, the secretariat everything (and archive).' })
  @ApiOkResponse({ type: NetworkDto })
  update(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: UpdateNetworkDto): Promise<NetworkDto> {
    return this.networks.update(actor, id, body);
  }

  @Post(':id/join')
  @Access('network.join')
  @HttpCode(200)
  @ApiParam(ID_PARAM)
  @ApiOperation({ summary: 'Join an open network, or ask to join a closed one.' })
  @ApiOkResponse({ type: JoinResultDto })
  join(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: JoinDto): Promise<JoinResultDto> {
    return this.networks.join(actor, id, body.message ?? '');
  }

  @Get(':id/members')
  @Access('network.members.read')
  @ApiParam(ID_PARAM)
  @ApiOperation({ summary: 'Members, and which of the 11 municipalities are represented.' })
  @ApiOkResponse({ type: MembersDto })
  members(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<MembersDto> {
    return this.networks.members(actor, id);
  }

  @Post(':id/members')
  @Access('network.members.manage')
  @HttpCode(200)
  @ApiParam(ID_PARAM)
  @ApiOperation({ summary: 'Add a member or let a guest in (coordinators); appoint a coordinator (the secretariat).' })
  @ApiOkResponse({ type: MembersDto })
  addMember(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: AddMemberDto): Promise<MembersDto> {
    return this.networks.addMember(actor, id, body);
  }

  @Delete(':id/members/:personId')
  @Access('network.leave')
  @HttpCode(204)
  @ApiParam(ID_PARAM)
  @ApiOperation({ summary: 'Remove a member (coordinators), or leave (yourself).' })
  @ApiNoContentResponse()
  removeMember(@CurrentActor() actor: Actor, @Param('id') id: string, @Param('personId', UuidPipe) personId: string): Promise<void> {
    return this.networks.removeMember(actor, id, personId);
  }

  @Get(':id/join-requests')
  @Access('network.joinRequests.manage')
  @ApiParam(ID_PARAM)
  @ApiOperation({ summary: 'Pending requests to join (coordinators).' })
  @ApiOkResponse({ type: [JoinRequestDto] })
  joinRequests(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<JoinRequestDto[]> {
    return this.networks.joinRequests(actor, id);
  }

  @Post(':id/join-requests/:requestId/approve')
  @Access('network.joinRequests.manage')
  @HttpCode(204)
  @ApiParam(ID_PARAM)
  @ApiOperation({ summary: 'Approve a request to join.' })
  @ApiNoContentResponse()
  approve(@CurrentActor() actor: Actor, @Param('id') id: string, @Param('requestId', UuidPipe) requestId: string): Promise<void> {
    return this.networks.decide(actor, id, requestId, true);
  }

  @Post(':id/join-requests/:requestId/reject')
  @Access('network.joinRequests.manage')
  @HttpCode(204)
  @ApiParam(ID_PARAM)
  @ApiOperation({ summary: 'Reject a request to join.' })
  @ApiNoContentResponse()
  reject(@CurrentActor() actor: Actor, @Param('id') id: string, @Param('requestId', UuidPipe) requestId: string): Promise<void> {
    return this.networks.decide(actor, id, requestId, false);
  }
}
