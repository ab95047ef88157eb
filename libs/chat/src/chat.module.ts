import { Module } from '@nestjs/common';
import { DocumentsModule } from '@hub/documents';
import { ChatController } from './chat.controller';
import { ChatRepository } from './chat.repository';
import { ChatService } from './chat.service';

@Module({ imports: [DocumentsModule], controllers: [ChatController], providers: [ChatRepository, ChatService], exports: [ChatService] })
export class ChatModule {}
