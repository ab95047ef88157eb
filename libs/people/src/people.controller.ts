import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Access } from '@hub/access';
import { type Actor, CurrentActor, DomainError, UuidPipe } from '@hub/core';
import { AuthService, ChangePasswordDto } from '@hub/identity';
import {
  CreatedPersonDto,
  CreatePersonDto,
  ImportResultDto,
  MeDto,
  MunicipalityDto,
  PeoplePageDto,
  PeopleQueryDto,
  PersonDto,
  UpdateMeDto,
} from './people.dto';
import { PeopleImportService } from './people-import.service';
import { PeopleService } from './people.service';

@ApiTags('people')
@Controller({ version: '1' })
export class PeopleController {
  constructor(
    private readonly people: PeopleService,
    private readonly auth: AuthService,
  ) {}

  @Get('me')
  @Access('me.read')
  @ApiOperation({ summary: 'My profile.' })
  @ApiOkResponse({ type: MeDto })
  me(@CurrentActor() actor: Actor): Promise<MeDto> {
    return this.people.me(actor);
  }

  @Patch('me')
  @Access('me.update')
  @ApiOperation({ summary: 'Edit my profile and expertise (expertise replaces the whole list).' })
  @ApiOkResponse({ type: MeDto })
  updateMe(@CurrentActor() actor: Actor, @Body() body: UpdateMeDto): Promise<MeDto> {
    return this.people.updateMe(actor, body);
  }

  @Post('me/password')
  @Access('me.update')
  @HttpCode(204)
  @ApiOperation({ summary: 'Change my password; my other browser sessions end (API tokens stay: revoke them separately).' })
  @ApiNoContentResponse()
  async changePassword(@CurrentActor() actor: Actor, @Body() body: ChangePasswordDto): Promise<void> {
    const me = await this.people.me(actor);
    await this.auth.changePassword(actor, body.currentPassword, body.newPassword, me.emailAddress);
  }

  @Get('people')
  @Access('person.list')
  @ApiOperation({ summary: 'People, by name; filter by municipality and network; cursor-paged.' })
  @ApiOkResponse({ type: PeoplePageDto })
  list(@CurrentActor() actor: Actor, @Query() query: PeopleQueryDto): Promise<PeoplePageDto> {
    return this.people.list(actor, query);
  }

  @Get('people/:id')
  @Access('person.read')
  @ApiOperation({ summary: 'One person’s profile.' })
  @ApiOkResponse({ type: PersonDto })
  person(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<PersonDto> {
    return this.people.person(actor, id);
  }

  @Get('municipalities')
  @Access('municipality.list')
  @ApiOperation({ summary: 'The 11 municipalities of Familjen Helsingborg.' })
  @ApiOkResponse({ type: [MunicipalityDto] })
  municipalities(): Promise<MunicipalityDto[]> {
    return this.people.municipalities();
  }
}

type MultipartRequest = FastifyRequest & {
  isMultipart(): boolean;
  file(options?: { limits?: { fileSize?: number } }): Promise<{ toBuffer(): Promise<Buffer>; file: { truncated: boolean } } | undefined>;
};

@ApiTags('admin')
@Controller({ path: 'admin/people', version: '1' })
export class AdminPeopleController {
  constructor(
    private readonly people: PeopleService,
    private readonly importer: PeopleImportService,
  ) {}

  @Post()
  @Access('admin.people.manage')
  @ApiOperation({ summary: 'Add one person, with a first password or an invitation link.' })
  @ApiCreatedResponse({ type: CreatedPersonDto })
  async create(@CurrentActor() actor: Actor, @Body() body: CreatePersonDto): Promise<CreatedPersonDto> {
    const { person, invitationUrl } = await this.people.create(body, actor.personId);
    return { person, invitationUrl };
  }

  @Post(':id/disable')
  @Access('admin.people.manage')
  @HttpCode(204)
  @ApiOperation({ summary: 'Disable a person: every session and API token ends at once.' })
  @ApiNoContentResponse()
  disable(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<void> {
    return this.people.setDisabled(actor, id, true);
  }

  @Post(':id/enable')
  @Access('admin.people.manage')
  @HttpCode(204)
  @ApiOperation({ summary: 'Enable a disabled person again.' })
  @ApiNoContentResponse()
  enable(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<void> {
    return this.people.setDisabled(actor, id, false);
  }

  @Post('import')
  @Access('admin.people.manage')
  @HttpCode(200)
  @ApiOperation({ summary: 'Import people from CSV (multipart field `file`, or a text/csv body); idempotent by e-mail.' })
  @ApiConsumes('multipart/form-data', 'text/csv')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOkResponse({ type: ImportResultDto })
  async import(@CurrentActor() actor: Actor, @Req() request: MultipartRequest): Promise<ImportResultDto> {
    let data: Buffer;
    if (request.isMultipart()) {
      const part = await request.file();
      if (!part)
        throw new DomainError('validation', 'Bifoga CSV-filen i fältet "file".', { errors: [{ field: 'file', message: 'saknas' }] });
      data = await part.toBuffer();
      if (part.file.truncated) throw new DomainError('payload-too-large', 'Filen är för stor för en import; dela upp den.');
    } else if (Buffer.isBuffer(request.body) || typeof request.body === 'string') {
      data = Buffer.isBuffer(request.body) ? request.body : Buffer.from(request.body);
    } else {
      throw new DomainError('unsupported-media-type', 'Skicka CSV som multipart-fältet "file" eller med Content-Type: text/csv.');
    }
    return this.importer.import(data, actor.personId);
  }
}
