export { ChatModule } from './chat.module';
export { ChatService } from './chat.service';
export * from './chat.dto';
