export { RealtimeModule } from './realtime.module';
export { RealtimeGateway, MAX_MESSAGE_BYTES } from './realtime.gateway';
