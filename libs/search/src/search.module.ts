import { type DynamicModule, Global, Module } from '@nestjs/common';
import { MEILI_CONNECTION, type MeiliConnection, MeiliClient } from './meili.client';
import { SearchController } from './search.controller';
import { SearchIndexer } from './search-indexer';
import { SearchRepository } from './search.repository';
import { SearchService } from './search.service';
import { SearchWorker } from './search-worker';
import { ViewerScopes } from './viewer-scopes';

@Global()
@Module({})
export class SearchModule {
  static forRoot(connection: MeiliConnection): DynamicModule {
    return {
      module: SearchModule,
      controllers: [SearchController],
      providers: [
        { provide: MEILI_CONNECTION, useValue: connection },
        MeiliClient,
        SearchRepository,
        SearchIndexer,
        SearchService,
        SearchWorker,
        ViewerScopes,
      ],
      exports: [MeiliClient, SearchIndexer, SearchWorker],
    };
  }
}
