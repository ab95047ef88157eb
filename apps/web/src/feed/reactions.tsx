// The reactions under a post: buttons for a member who may write, counts for a reader.
import type { ReactNode } from 'react';
import type { Post, ReactionKind } from './post';
import { type MessageKey, useI18n } from '../shared/i18n';

export const REACTIONS: ReadonlyArray<{ kind: ReactionKind; emoji: string; label: MessageKey }> = [
  { kind: 'like', emoji: '👍', label: 'reaction.like' },
  { kind: 'heart', emoji: '❤️', label: 'reaction.heart' },
  { kind: 'celebrate', emoji: '🎉', label: 'reaction.celebrate' },
  { kind: 'thanks', emoji: '🙏', label: 'reaction.thanks' },
  { kind: 'idea', emoji: '💡', label: 'reaction.idea' },
];

interface ReactionsProps {
  post: Post;
  /** May react: every kind is a button; otherwise the kinds someone used are shown as counts. */
  canWrite: boolean;
  busy: boolean;
  onReact(kind: ReactionKind, label: string, on: boolean): void;
}

export function Reactions({ post, canWrite, busy, onReact }: ReactionsProps): ReactNode {
  const { t } = useI18n();
  const shown = canWrite ? REACTIONS : REACTIONS.filter((r) => (post.reactions.find((x) => x.kind === r.kind)?.count ?? 0) > 0);
  if (shown.length === 0) return null;
  return (
    <div className="reactions" role="group" aria-label={t('reaction.group')}>
      {shown.map((r) => {
        const state = post.reactions.find((x) => x.kind === r.kind);
        const count = state?.count ?? 0;
        const mine = state?.mine ?? false;
        const label = t(r.label);
        if (!canWrite)
          return (
            <span key={r.kind} className="reaction reaction-static">
              <span aria-hidden="true">{r.emoji} </span>
              {t('reaction.summary', { kind: label, count })}
            </span>
          );
        return (
          <button
            key={r.kind}
            type="button"
            className="reaction"
            aria-pressed={mine}
            aria-disabled={busy}
            onClick={() => onReact(r.kind, label, !mine)}
          >
            <span aria-hidden="true">{r.emoji} </span>
            {label}
            {count > 0 && <span className="reaction-count"> {count}</span>}
          </button>
        );
      })}
    </div>
  );
}
