import { Global, Module } from '@nestjs/common';
import { MailController } from './mail.controller';
import { MailQueue } from './mail-queue';
import { Mailer } from './mailer';

@Global()
@Module({ controllers: [MailController], providers: [Mailer, MailQueue], exports: [MailQueue, Mailer] })
export class MailModule {}
