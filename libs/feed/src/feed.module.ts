import { Module } from '@nestjs/common';
import { DocumentsModule } from '@hub/documents';
import { FeedController } from './feed.controller';
import { FeedRepository } from './feed.repository';
import { FeedService } from './feed.service';

@Module({ imports: [DocumentsModule], controllers: [FeedController], providers: [FeedRepository, FeedService], exports: [FeedService] })
export class FeedModule {}
