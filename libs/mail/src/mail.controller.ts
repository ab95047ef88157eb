import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Access } from '@hub/access';
import { notFound } from '@hub/core';
import { MAIL_FILE as NAME, Mailer } from './mailer';

class MailFileDto {
  @ApiProperty() name: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty() to: string;
  @ApiProperty() subject: string;
}

/** Decodes an RFC 2047 encoded-word header (nodemailer writes å/ä/ö subjects as =?UTF-8?Q/B?…?=). */
function decodeHeader(value: string): string {
  // Whitespace between two encoded words is not part of the text.
  return value.replace(/\?=\s+=\?/g, '?==?').replace(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi, (_m, kind: string, text: string) =>
    kind.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(
          text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
          'latin1',
        ).toString('utf8'),
  );
}

function header(text: string, name: string): string {
  const match = new RegExp(`^${name}: (.*(?:\\r?\\n[ \\t].*)*)`, 'mi').exec(text);
  return match ? decodeHeader(match[1]!.replace(/\r?\n[ \t]/g, ' ')) : '';
}

@ApiTags('admin')
@Controller({ path: 'admin/mail', version: '1' })
export class MailController {
  constructor(private readonly mailer: Mailer) {}

  @Get()
  @Access('admin.overview')
  @ApiOperation({ summary: 'Mail the hub wrote as .eml files (when no SMTP_URL is set), newest first.' })
  @ApiOkResponse({ type: [MailFileDto] })
  list(): MailFileDto[] {
    if (!existsSync(this.mailer.folder)) return [];
    return readdirSync(this.mailer.folder)
      .filter((name) => NAME.test(name))
      .sort()
      .reverse()
      .slice(0, 200)
      .map((name) => {
        const path = join(this.mailer.folder, name);
        const text = readFileSync(path, 'utf8').slice(0, 8192);
        return { name, createdAt: statSync(path).mtime.toISOString(), to: header(text, 'To'), subject: header(text, 'Subject') };
      });
  }

  @Get(':name')
  @Access('admin.overview')
  @ApiOperation({ summary: 'One .eml file as written.' })
  file(@Param('name') name: string, @Res({ passthrough: true }) reply: FastifyReply): string {
    const path = join(this.mailer.folder, name);
    if (!NAME.test(name) || !existsSync(path)) throw notFound('Meddelandet finns inte.');
    void reply.header('Content-Type', 'text/plain; charset=utf-8');
    return readFileSync(path, 'utf8');
  }
}
