import { Body, Controller, Delete, Get, HttpCode, Param, ParseEnumPipe, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Access } from '@hub/access';
import { type Actor, CurrentActor, UuidPipe, validation } from '@hub/core';
import {
  AcknowledgementsDto,
  CommentDto,
  CreateCommentDto,
  CreatePostDto,
  FeedQueryDto,
  PostDto,
  PostPageDto,
  PostWithCommentsDto,
  PreviewDto,
  PreviewResultDto,
  REACTION_KINDS,
  type ReactionKind,
  RevisionDto,
  UpdatePostDto,
} from './feed.dto';
import { FeedService } from './feed.service';

const kindPipe = new ParseEnumPipe(Object.fromEntries(REACTION_KINDS.map((k) => [k, k])), {
  exceptionFactory: () => validation([{ field: 'kind', message: `En av ${REACTION_KINDS.join(', ')}.` }]),
});

@ApiTags('feed')
@Controller({ version: '1' })
export class FeedController {
  constructor(private readonly feed: FeedService) {}

  @Get('feed')
  @Access('feed.read')
  @ApiOperation({ summary: 'My home feed: the newest posts of all my networks.' })
  @ApiOkResponse({ type: PostPageDto })
  home(@CurrentActor() actor: Actor, @Query() query: FeedQueryDto): Promise<PostPageDto> {
    return this.feed.home(actor, query);
  }

  @Post('markdown/preview')
  @Access('feed.read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Render markdown as a post would be rendered (composer preview; nothing is stored).' })
  @ApiOkResponse({ type: PreviewResultDto })
  preview(@CurrentActor() actor: Actor, @Body() body: PreviewDto): Promise<PreviewResultDto> {
    return this.feed.preview(actor, body.body, body.network);
  }

  @Get('networks/:id/posts')
  @Access('network.content.read')
  @ApiParam({ name: 'id', description: 'Network id or slug' })
  @ApiOperation({ summary: "A network's posts, newest first (pinned=true: only the pinned ones)." })
  @ApiOkResponse({ type: PostPageDto })
  list(@CurrentActor() actor: Actor, @Param('id') id: string, @Query() query: FeedQueryDto): Promise<PostPageDto> {
    return this.feed.networkPosts(actor, id, query);
  }

  @Post('networks/:id/posts')
  @Access('network.content.write')
  @ApiParam({ name: 'id', description: 'Network id or slug' })
  @ApiOperation({ summary: 'Post in a network (markdown, sanitised on the server).' })
  @ApiCreatedResponse({ type: PostDto })
  create(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: CreatePostDto): Promise<PostDto> {
    return this.feed.create(actor, id, body);
  }

  @Get('posts/:id')
  @Access('network.content.read')
  @ApiOperation({ summary: 'One post with its comments.' })
  @ApiOkResponse({ type: PostWithCommentsDto })
  get(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<PostWithCommentsDto> {
    return this.feed.get(actor, id);
  }

  @Patch('posts/:id')
  @Access('network.content.read')
  @ApiOperation({ summary: 'Edit a post (its author; the previous text is kept) or make it an announcement (coordinators).' })
  @ApiOkResponse({ type: PostDto })
  update(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() body: UpdatePostDto): Promise<PostDto> {
    return this.feed.update(actor, id, body);
  }

  @Delete('posts/:id')
  @Access('network.content.read')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a post (its author or a coordinator): the text goes, the record stays.' })
  @ApiNoContentResponse()
  remove(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<void> {
    return this.feed.remove(actor, id);
  }

  @Post('posts/:id/pin')
  @Access('network.content.moderate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Pin a post (coordinators).' })
  @ApiOkResponse({ type: PostDto })
  pin(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<PostDto> {
    return this.feed.pin(actor, id, true);
  }

  @Post('posts/:id/unpin')
  @Access('network.content.moderate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Unpin a post (coordinators).' })
  @ApiOkResponse({ type: PostDto })
  unpin(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<PostDto> {
    return this.feed.pin(actor, id, false);
  }

  @Get('posts/:id/revisions')
  @Access('network.content.read')
  @ApiOperation({ summary: 'Earlier versions of a post (its author and coordinators).' })
  @ApiOkResponse({ type: [RevisionDto] })
  revisions(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<RevisionDto[]> {
    return this.feed.revisions(actor, id);
  }

  @Post('posts/:id/comments')
  @Access('network.content.write')
  @ApiOperation({ summary: 'Comment on a post, or reply to a comment (one level).' })
  @ApiCreatedResponse({ type: CommentDto })
  comment(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() body: CreateCommentDto): Promise<CommentDto> {
    return this.feed.comment(actor, id, body);
  }

  @Delete('comments/:id')
  @Access('network.content.read')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a comment (its author or a coordinator).' })
  @ApiNoContentResponse()
  removeComment(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<void> {
    return this.feed.removeComment(actor, id);
  }

  @Put('posts/:id/reactions/:kind')
  @Access('network.content.write')
  @ApiParam({ name: 'kind', enum: REACTION_KINDS })
  @ApiOperation({ summary: 'React to a post.' })
  @ApiOkResponse({ type: PostDto })
  react(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Param('kind', kindPipe) kind: ReactionKind): Promise<PostDto> {
    return this.feed.react(actor, id, kind, true);
  }

  @Delete('posts/:id/reactions/:kind')
  @Access('network.content.write')
  @ApiParam({ name: 'kind', enum: REACTION_KINDS })
  @ApiOperation({ summary: 'Take back a reaction.' })
  @ApiOkResponse({ type: PostDto })
  unreact(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Param('kind', kindPipe) kind: ReactionKind): Promise<PostDto> {
    return this.feed.react(actor, id, kind, false);
  }

  @Post('posts/:id/acknowledgements')
  @Access('network.content.read')
  @HttpCode(200)
  @ApiOperation({ summary: '"Läst och förstått" on an announcement.' })
  @ApiOkResponse({ type: PostDto })
  acknowledge(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<PostDto> {
    return this.feed.acknowledge(actor, id);
  }

  @Get('posts/:id/acknowledgements')
  @Access('network.content.moderate')
  @ApiOperation({ summary: 'Who has and has not acknowledged, by municipality (coordinators).' })
  @ApiOkResponse({ type: AcknowledgementsDto })
  acknowledgements(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<AcknowledgementsDto> {
    return this.feed.acknowledgements(actor, id);
  }
}
