// A post as the feed shows it: its types and the helpers the feed, the post page and a card share.
import type { Schemas } from '../api/client';

export type Post = Schemas['PostDto'];
export type Comment = Schemas['CommentDto'];
export type Author = Schemas['AuthorDto'];
export type ReactionKind = Schemas['ReactionCountDto']['kind'];

/** At most this many library documents on a post (the hub's limit). */
export const POST_ATTACHMENTS = 10;

export function postHeadingId(postId: string): string {
  return `post-${postId}-heading`;
}

/** Moves focus to a post's heading once it is on the page (after a re-render). */
export function focusPost(postId: string, tries = 10): void {
  // The render that adds the post may come after this timer: try again briefly until it is there.
  window.setTimeout(
    () => {
      const heading = document.getElementById(postHeadingId(postId));
      if (heading) heading.focus();
      else if (tries > 0) focusPost(postId, tries - 1);
    },
    tries === 10 ? 0 : 50,
  );
}

export function withoutComments(post: Schemas['PostWithCommentsDto']): Post {
  const { comments: _comments, ...rest } = post;
  return rest;
}
