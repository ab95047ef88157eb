export * from './document-files';
