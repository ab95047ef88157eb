import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '@hub/access';
import { type Actor, CurrentActor } from '@hub/core';
import {
  PeopleSearchQueryDto,
  PeopleSearchResultDto,
  SearchQueryDto,
  SearchResultDto,
  SuggestQueryDto,
  SuggestResultDto,
} from './search.dto';
import { SearchService } from './search.service';

@ApiTags('search')
@Controller({ version: '1' })
export class SearchController {
  constructor(private readonly search: SearchService) {}

  @Get('people/search')
  @Access('search.read')
  @ApiOperation({ summary: 'Find colleagues by expertise, with municipality, network and flag facets.' })
  @ApiOkResponse({ type: PeopleSearchResultDto })
  people(@CurrentActor() actor: Actor, @Query() query: PeopleSearchQueryDto): Promise<PeopleSearchResultDto> {
    return this.search.people(actor, query);
  }

  @Get('search')
  @Access('search.read')
  @ApiOperation({ summary: 'Search everything you may see, grouped by type.' })
  @ApiOkResponse({ type: SearchResultDto })
  all(@CurrentActor() actor: Actor, @Query() query: SearchQueryDto): Promise<SearchResultDto> {
    return this.search.search(actor, query);
  }

  @Get('search/suggest')
  @Access('search.read')
  @ApiOperation({ summary: 'Instant suggestions while typing.' })
  @ApiOkResponse({ type: SuggestResultDto })
  suggest(@CurrentActor() actor: Actor, @Query() query: SuggestQueryDto): Promise<SuggestResultDto> {
    return this.search.suggest(actor, query.q);
  }
}
