import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { Access } from '@hub/access';
import { type Actor, CurrentActor } from '@hub/core';
import { EventLogRepository } from './event-log.repository';

class EventsQueryDto {
  @ApiProperty({ description: 'The id of the last event you have; 0 for the latest id only.' })
  @Matches(/^\d{1,18}$/)
  after: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}

class HubEventDto {
  @ApiProperty() id: string;
  @ApiProperty() type: string;
  @ApiProperty({ type: String, nullable: true }) networkId: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) data: Record<string, unknown>;
  @ApiProperty({ format: 'date-time' }) at: string;
}

class EventsPageDto {
  @ApiProperty({ type: [HubEventDto] }) events: HubEventDto[];
  @ApiProperty({ description: 'Ask again with this as `after`.' }) latest: string;
}

@ApiTags('realtime')
@Controller({ path: 'events', version: '1' })
export class EventsController {
  constructor(private readonly log: EventLogRepository) {}

  @Get()
  @Access('feed.read')
  @ApiOperation({ summary: 'Catch up on realtime events missed while disconnected (only what you may see now).' })
  @ApiOkResponse({ type: EventsPageDto })
  async since(@CurrentActor() actor: Actor, @Query() query: EventsQueryDto): Promise<EventsPageDto> {
    if (query.after === '0') return { events: [], latest: await this.log.latestId() };
    const events = await this.log.since(actor.personId, actor.role, query.after, query.limit ?? 200);
    return { events, latest: events.length > 0 ? events[events.length - 1]!.id : query.after };
  }
}
