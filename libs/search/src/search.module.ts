import { type DynamicModule, Global, Module } from '@nestjs/common';
import { MEILI_CONNECTION, type MeiliConnection, MeiliClient } from './meili.client';

@Global()
@Module({})
export class SearchModule {
  static forRoot(connection: MeiliConnection): DynamicModule {
    return {
      module: SearchModule,
      providers: [{ provide: MEILI_CONNECTION, useValue: connection }, MeiliClient],
      exports: [MeiliClient],
    };
  }
}
