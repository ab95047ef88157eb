export { SearchModule } from './search.module';
export { MeiliClient, type MeiliConnection } from './meili.client';
