import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Access, AccessService } from '@hub/access';
import { type Actor, CurrentActor } from '@hub/core';
import { RealtimeGateway } from './realtime.gateway';

class OnlineDto {
  @ApiProperty({ format: 'uuid' }) networkId: string;
  @ApiProperty({ type: [String], description: 'Ids of the members connected now; `presence` events tell the changes.' }) online: string[];
}

@ApiTags('realtime')
@Controller({ version: '1' })
export class PresenceController {
  constructor(
    private readonly gateway: RealtimeGateway,
    private readonly access: AccessService,
  ) {}

  @Get('networks/:id/online')
  @Access('network.members.read')
  @ApiParam({ name: 'id', description: 'Network id or slug' })
  @ApiOperation({ summary: 'Who of the network’s members is online now (for those who may see its members).' })
  @ApiOkResponse({ type: OnlineDto })
  async online(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<OnlineDto> {
    const scope = await this.access.requireNetwork(actor, 'network.members.read', id);
    return { networkId: scope.id, online: await this.gateway.online(scope.id) };
  }
}
