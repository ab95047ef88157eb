export { NetworksModule } from './networks.module';
export { NetworksService } from './networks.service';
export { NetworksRepository } from './networks.repository';
export * from './networks.dto';
