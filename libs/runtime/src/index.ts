export * from './ports';
export * from './embedded-postgres';
export * from './embedded-meilisearch';
