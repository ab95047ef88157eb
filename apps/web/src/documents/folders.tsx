// The library's folders: the tree of links (aria-current), a new folder, and managing the open one
// (rename, move, delete when empty).
import { type FormEvent, type MouseEvent, type ReactNode, useEffect, useState } from 'react';
import { type Schemas, api, unwrap } from '../api/client';
import {
  type FolderNode,
  type Library,
  type LibraryParams,
  flatFolders,
  folderTree,
  libraryPath,
  useFolderOptions,
} from './documents';
import { ErrorSummary, useFormErrors } from '../shared/form';
import { useI18n } from '../shared/i18n';
import { Link, navigate } from '../shared/router';
import { ConfirmButton, ErrorMessage, SelectField, TextField, fieldError } from '../shared/ui';

export const ROOT = 'rot';

/** A link that changes the query of this page: focus stays on it (no jump to the h1). */
export function QueryLink({
  to,
  current,
  children,
  className,
}: {
  to: string;
  current?: boolean;
  children: ReactNode;
  className?: string;
}): ReactNode {
  const onClick = (event: MouseEvent<HTMLAnchorElement>): void => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to, { keepFocus: true });
  };
  return (
    <Link to={to} onClick={onClick} aria-current={current ? 'true' : undefined} className={className}>
      {children}
    </Link>
  );
}

export function FolderTree({ slug, params, library }: { slug: string; params: LibraryParams; library: Library }): ReactNode {
  const { t } = useI18n();
  const tree = folderTree(library.folders);
  const filters = { tagg: params.tagg, q: params.q };
  const branch = (nodes: FolderNode[]): ReactNode =>
    nodes.length > 0 && (
      <ul>
        {nodes.map((node) => (
          <li key={node.folder.id}>
            <QueryLink to={libraryPath(slug, { ...filters, mapp: node.folder.id })} current={params.mapp === node.folder.id}>
              {node.folder.name}
              <span className="count"> ({node.folder.documentCount})</span>
            </QueryLink>
            {branch(node.children)}
          </li>
        ))}
      </ul>
    );
  return (
    <nav aria-labelledby="folders-heading" className="folder-tree">
      <h2 id="folders-heading">{t('docs.folders')}</h2>
      <ul>
        <li>
          <QueryLink to={libraryPath(slug, filters)} current={!params.mapp}>
            {t('docs.all')}
          </QueryLink>
        </li>
        <li>
          <QueryLink to={libraryPath(slug, { ...filters, mapp: ROOT })} current={params.mapp === ROOT}>
            {t('docs.topLevel')}
          </QueryLink>
          {branch(tree)}
        </li>
      </ul>
    </nav>
  );
}

export function NewFolder({
  slug,
  library,
  parent,
  onCreated,
}: {
  slug: string;
  library: Library;
  parent: string;
  onCreated(name: string): void;
}): ReactNode {
  const { t } = useI18n();
  const options = useFolderOptions(library.folders);
  const [name, setName] = useState('');
  const [parentId, setParentId] = useState(parent);
  const form = useFormErrors();
  useEffect(() => setParentId(parent), [parent]);
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!form.check([{ field: 'name', label: t('docs.folderName'), value: name }])) return;
    try {
      const created = await unwrap(
        api.POST('/api/v1/networks/{id}/document-folders', {
          params: { path: { id: slug } },
          body: { name: name.trim(), parentId: parentId || null },
        }),
      );
      setName('');
      onCreated(created.name);
    } catch (err) {
      form.fail(err);
    }
  };
  return (
    <details className="card new-folder">
      <summary>{t('docs.newFolder')}</summary>
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('docs.newFolder')}>
        <ErrorSummary form={form} />
        <TextField label={t('docs.folderName')} value={name} onChange={setName} required {...form.field('name')} />
        <SelectField label={t('docs.folderParent')} value={parentId} onChange={setParentId} options={options} {...form.field('parentId')} />
        <button type="submit" className="button primary">
          {t('docs.createFolder')}
        </button>
      </form>
    </details>
  );
}

/**
 * "Hantera mappen": rename, move (not into itself or its own subfolders) and delete an empty folder,
 * for folders the viewer may edit (`canEdit`).
 */
export function ManageFolder({
  folder,
  library,
  onDone,
}: {
  folder: Schemas['FolderDto'];
  library: Library;
  onDone(text: string, deleted: boolean): void;
}): ReactNode {
  const { t } = useI18n();
  const [name, setName] = useState(folder.name);
  const [parentId, setParentId] = useState(folder.parentId ?? '');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    setName(folder.name);
    setParentId(folder.parentId ?? '');
    setError(null);
  }, [folder.id, folder.name, folder.parentId]);

  // Not itself and not below itself.
  const tree = flatFolders(folderTree(library.folders));
  const below = new Set<string>([folder.id]);
  for (const node of tree) if (node.folder.parentId && below.has(node.folder.parentId)) below.add(node.folder.id);
  const options = [{ value: '', label: t('docs.topLevel') }, ...tree.filter((n) => !below.has(n.folder.id)).map((n) => ({ value: n.folder.id, label: n.path }))];
  const hasChildren = library.folders.some((f) => f.parentId === folder.id);
  const empty = folder.documentCount === 0 && !hasChildren;

  const patch = async (body: Schemas['UpdateFolderDto'], text: string): Promise<void> => {
    if (busy) return;
    setError(null);
    setBusy(true);
    try {
      await unwrap(api.PATCH('/api/v1/document-folders/{id}', { params: { path: { id: folder.id } }, body }));
      onDone(text, false);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const rename = (event: FormEvent): void => {
    event.preventDefault();
    const next = name.trim();
    void patch({ name: next }, t('docs.folderRenamed', { name: next }));
  };
  const move = (event: FormEvent): void => {
    event.preventDefault();
    const target = library.folders.find((f) => f.id === parentId);
    void patch({ parentId: parentId || null }, t('docs.folderMoved', { name: folder.name, to: target?.name ?? t('docs.topLevel') }));
  };
  const remove = async (): Promise<void> => {
    if (!empty || busy) return;
    setError(null);
    setBusy(true);
    try {
      await unwrap(api.DELETE('/api/v1/document-folders/{id}', { params: { path: { id: folder.id } } }));
      onDone(t('docs.folderDeleted', { name: folder.name }), true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="card manage-folder">
      <summary>{t('docs.manageFolder', { name: folder.name })}</summary>
      <ErrorMessage error={error} shownFields={['name', 'parentId']} />
      <form onSubmit={rename} noValidate aria-label={t('docs.renameFolder')}>
        <TextField label={t('docs.folderName')} value={name} onChange={setName} required error={fieldError(error, 'name')} />
        <button type="submit" className="button small" aria-disabled={busy}>
          {t('docs.renameFolder')}
        </button>
      </form>
      <form onSubmit={move} noValidate aria-label={t('docs.moveFolder')}>
        <SelectField label={t('docs.moveFolderTo')} value={parentId} onChange={setParentId} options={options} error={fieldError(error, 'parentId')} />
        <button type="submit" className="button small" aria-disabled={busy}>
          {t('docs.moveFolder')}
        </button>
      </form>
      <p id={`delete-hint-${folder.id}`} className="hint">
        {empty ? t('docs.deleteFolderHint') : t('docs.folderNotEmpty')}
      </p>
      <ConfirmButton
        className="button small danger"
        aria-disabled={!empty || busy}
        aria-describedby={`delete-hint-${folder.id}`}
        question={t('docs.confirmDeleteFolder', { name: folder.name })}
        onConfirm={remove}
      >
        {t('docs.deleteFolder')}
      </ConfirmButton>
    </details>
  );
}
