import { Module } from '@nestjs/common';
import { JoinRequestsController, NetworksController } from './networks.controller';
import { NetworksRepository } from './networks.repository';
import { NetworksService } from './networks.service';

@Module({
  controllers: [NetworksController, JoinRequestsController],
  providers: [NetworksRepository, NetworksService],
  exports: [NetworksService, NetworksRepository],
})
export class NetworksModule {}
