export { SearchModule } from './search.module';
export { MeiliClient, MeiliUnavailableError, type MeiliConnection } from './meili.client';
export { SearchIndexer, PEOPLE_SETTINGS, NETWORK_SETTINGS } from './search-indexer';
export { SearchRepository } from './search.repository';
export { SearchWorker } from './search-worker';
export { safeHighlight } from './search.service';
export { fold, splitCompound, synonymMap, vocabularyOf, SYNONYM_GROUPS } from './swedish';
