// docker pull, images / image ls, rmi, tag, history, image prune. Formats from github:docker/cli
// 28f756087eea5fa301f3fbf12b01ae62f91521c2: cli/command/image/{list,tree,remove,tag,history,
// prune,pull}.go and cli/command/formatter/{image,history}.go (Docker 29: the condensed view by
// default, the classic table as soon as --format, -q, --digests or --no-trunc is given).
// Daemon words: moby daemon/containerd/image_delete.go at b985e2313a8676e18072b442911fc8f64f17d440.
import { splitRef } from '../catalogue';
import { normalizeRef, now, pullImage, validRef } from '../engine';
import { ellipsis, goTime, humanDuration, humanSize } from '../format';
import { M } from '../messages';
import { findImage, type Image } from '../state';
import { flag, opt } from './common';
import { printFormatted } from './containers';
import { registerDocker, type CommandContext } from './registry';

registerDocker('image pull', (ctx) => {
  const ref = ctx.parsed.writtenArgs[0];
  if (!validRef(ref.replace(/^docker\.io\//, ''))) {
    ctx.out.err(/[A-Z]/.test(ref) ? M.invalidReferenceUpper(ref) : M.invalidReference());
    return 1;
  }
  const r = pullImage(ctx.state, ctx.args[0]);
  if ('error' in r) {
    if (!ref.includes(':')) ctx.out.out('Using default tag: latest');
    ctx.out.err(`Error response from daemon: ${r.error}`);
    return 1;
  }
  const lines = ctx.parsed.writtenArgs[0].includes(':') ? r.lines : ['Using default tag: latest', ...r.lines];
  ctx.out.out([...lines, `docker.io/${r.image.repoTags.find((t) => t === normalizeRef(ctx.args[0]))?.includes('/') ? '' : 'library/'}${normalizeRef(ctx.args[0])}`].join('\n'));
  return 0;
});

const inUse = (ctx: CommandContext, i: Image) => ctx.state.containers.some((c) => c.imageId === i.id);

/** One row per tag (and one `<none>` row for an untagged image). */
function imageRows(ctx: CommandContext, trunc: boolean, all: boolean) {
  const filterArg = ctx.args[0];
  const rows: { repo: string; tag: string; image: Image }[] = [];
  for (const image of [...ctx.state.images].sort((a, b) => b.createdAt - a.createdAt)) {
    if (!image.repoTags.length) {
      if (all || !ctx.state.images.some((x) => x.parent === image.id)) rows.push({ repo: '<none>', tag: '<none>', image });
      continue;
    }
    for (const t of image.repoTags) {
      const [repo, tag] = splitRef(t);
      if (filterArg && repo !== splitRef(filterArg)[0] && t !== normalizeRef(filterArg)) continue;
      if (filterArg && filterArg.includes(':') && t !== normalizeRef(filterArg)) continue;
      rows.push({ repo, tag, image });
    }
  }
  const filters = ((ctx.parsed.options.get('filter') as string[] | undefined) ?? []).map(String);
  return rows
    .filter((r) => filters.every((f) => (f === 'dangling=true' ? r.tag === '<none>' : f === 'dangling=false' ? r.tag !== '<none>' : f.startsWith('reference=') ? new RegExp(`^${f.slice(10).replace(/\*/g, '[^/]*')}$`).test(`${r.repo}:${r.tag}`) || new RegExp(`^${f.slice(10).replace(/\*/g, '[^/]*')}$`).test(r.repo) : true)))
    .map((r) => ({
      Repository: r.repo, Tag: r.tag, ID: trunc ? r.image.id.slice(7, 19) : r.image.id, Digest: r.image.repoDigests[0]?.split('@')[1] ?? '<none>',
      CreatedSince: `${humanDuration(now(ctx.state) - r.image.createdAt)} ago`, CreatedAt: goTime(r.image.createdAt), Size: humanSize(r.image.size),
      Containers: String(ctx.state.containers.filter((c) => c.imageId === r.image.id).length), image: r.image,
    }));
}

registerDocker('image ls', (ctx) => {
  const p = ctx.parsed;
  const trunc = !flag(p, 'no-trunc');
  const rows = imageRows(ctx, trunc, flag(p, 'all'));
  if (flag(p, 'quiet')) {
    const ids = [...new Set(rows.map((r) => r.ID))];
    if (ids.length) ctx.out.out(ids.map((id) => (trunc ? id : id)).join('\n'));
    return 0;
  }
  const format = opt<string>(p, 'format');
  if (format || flag(p, 'digests') || !trunc) {
    const f = format ?? `table {{.Repository}}\t{{.Tag}}${flag(p, 'digests') ? '\t{{.Digest}}' : ''}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}`;
    return printFormatted(ctx, f, rows, { Repository: 'REPOSITORY', Tag: 'TAG', ID: 'IMAGE ID', Digest: 'DIGEST', CreatedSince: 'CREATED', CreatedAt: 'CREATED AT', Size: 'SIZE', Containers: 'CONTAINERS' });
  }
  // Docker 29's condensed view: one line per image name, sizes right-aligned.
  const names = rows.map((r) => (r.Repository === '<none>' ? `<untagged>` : `${r.Repository}:${r.Tag}`));
  const width = Math.max(5, ...names.map((n) => n.length));
  const line = (a: string, b: string, c: string, d: string, e: string) => `${a.padEnd(width)}   ${b.padEnd(12)}   ${c.padStart(10)}   ${d.padStart(12)}   ${e}`.replace(/\s+$/, '');
  const out = [line('IMAGE', 'ID', 'DISK USAGE', 'CONTENT SIZE', 'EXTRA')];
  rows.forEach((r, i) => out.push(line(names[i], r.image.id.slice(7, 19), humanSize(r.image.size), humanSize(r.image.contentSize), inUse(ctx, r.image) ? 'U' : '')));
  const legend = 'i Info →   U  In Use';
  ctx.out.out([legend.padStart(Math.max(legend.length, out[0].length + 4)), ...out].join('\n'));
  return 0;
});

registerDocker('image rm', (ctx) => {
  const force = flag(ctx.parsed, 'force');
  const errors: string[] = [];
  const lines: string[] = [];
  for (const [k, ref] of ctx.parsed.writtenArgs.entries()) {
    const image = findImage(ctx.state, ref);
    if (!image) {
      errors.push(`Error response from daemon: No such image: ${ctx.args[k].includes('@') ? ref : normalizeRef(ref)}`);
      continue;
    }
    const byId = /^(sha256:)?[0-9a-f]{4,64}$/.test(ref) && !image.repoTags.includes(normalizeRef(ref));
    const users = ctx.state.containers.filter((c) => c.imageId === image.id);
    const running = users.find((c) => c.state === 'running' || c.state === 'paused');
    // Removing one of several tags only untags it.
    if (!byId && image.repoTags.length > 1) {
      const tag = normalizeRef(ref);
      image.repoTags = image.repoTags.filter((t) => t !== tag);
      lines.push(`Untagged: ${tag}`);
      continue;
    }
    if (byId && image.repoTags.length > 1 && !force) {
      errors.push(M.imageMultiple(image.id));
      continue;
    }
    if (byId && users.length && (running || !force)) {
      errors.push(M.imageIdInUse(image.id, running ?? users[0], !!running));
      continue;
    }
    if (!byId && users.length && !force) {
      errors.push(M.imageRefInUse(normalizeRef(ref), users[0], image.id));
      continue;
    }
    // The base of a built image: by ID a hard conflict (even with -f); by name it is only
    // untagged and stays under its child, as moby's imageDeleteHelper does.
    const hasChildren = ctx.state.images.some((i) => i.parent === image.id);
    if (hasChildren && byId) {
      errors.push(M.imageHasChildren(image.id));
      continue;
    }
    // Containerd image store: one « Untagged » per name, then the content is deleted.
    for (const t of image.repoTags) lines.push(`Untagged: ${t}`);
    if (users.length || hasChildren) image.repoTags = [];
    else {
      ctx.state.images = ctx.state.images.filter((i) => i !== image);
      lines.push(`Deleted: ${image.id}`);
    }
  }
  if (lines.length) ctx.out.out(lines.join('\n'));
  if (errors.length) ctx.out.err(errors.join('\n'));
  return errors.length ? 1 : 0;
});

registerDocker('image tag', (ctx) => {
  const [source, target] = ctx.parsed.writtenArgs;
  const image = findImage(ctx.state, source);
  if (!validRef(target)) {
    ctx.out.err(/[A-Z]/.test(target) ? `Error parsing reference: "${target}" is not a valid repository/tag: ${M.invalidReferenceUpper(target)}` : `Error parsing reference: "${target}" is not a valid repository/tag: ${M.invalidReference()}`);
    return 1;
  }
  if (!image) {
    ctx.out.err(`Error response from daemon: No such image: ${normalizeRef(source)}`);
    return 1;
  }
  const tag = normalizeRef(target);
  for (const other of ctx.state.images) other.repoTags = other.repoTags.filter((t) => t !== tag);
  image.repoTags.push(tag);
  return 0;
});

registerDocker('image history', (ctx) => {
  const ref = ctx.parsed.writtenArgs[0];
  const image = findImage(ctx.state, ref);
  if (!image) {
    ctx.out.err(`Error response from daemon: No such image: ${normalizeRef(ref)}`);
    return 1;
  }
  const chain: Image[] = [];
  for (let i: Image | undefined = image; i; i = i.parent ? ctx.state.images.find((x) => x.id === i!.parent) : undefined) chain.push(i);
  const trunc = !flag(ctx.parsed, 'no-trunc');
  // A built image lists its own steps first, then its base image's.
  const steps = chain.flatMap((img, k) => {
    // A built image's layers may repeat its parent's: only its own are its steps.
    const inherited = new Set(chain[k + 1]?.layers.map((l) => l.digest) ?? []);
    return img.history ?? [...img.layers].filter((l) => !inherited.has(l.digest)).reverse().map((l) => ({ createdBy: l.createdBy, size: l.size, createdAt: l.createdAt }));
  });
  const unique = steps.map((l, k) => ({
    ID: k === 0 ? (trunc ? image.id.slice(7, 19) : image.id) : '<missing>',
    CreatedSince: `${humanDuration(now(ctx.state) - l.createdAt)} ago`, CreatedAt: goTime(l.createdAt),
    CreatedBy: trunc ? ellipsis(l.createdBy.replace(/\t/g, ' '), 45) : l.createdBy, Size: humanSize(l.size), Comment: image.parent && k < (image.history ?? image.layers).length ? 'buildkit.dockerfile.v0' : '',
  }));
  if (flag(ctx.parsed, 'quiet')) {
    ctx.out.out(unique.map((r) => r.ID).join('\n'));
    return 0;
  }
  return printFormatted(ctx, opt<string>(ctx.parsed, 'format') ?? 'table {{.ID}}\t{{.CreatedSince}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}', unique, {
    ID: 'IMAGE', CreatedSince: 'CREATED', CreatedAt: 'CREATED AT', CreatedBy: 'CREATED BY', Size: 'SIZE', Comment: 'COMMENT',
  });
});

registerDocker('image prune', (ctx) => {
  if (!flag(ctx.parsed, 'force')) {
    ctx.out.out(flag(ctx.parsed, 'all') ? 'WARNING! This will remove all images without at least one container associated to them.\nAre you sure you want to continue? [y/N] ' : 'WARNING! This will remove all dangling images.\nAre you sure you want to continue? [y/N] ');
    ctx.out.err('(Simulation : pas de question interactive ici ; ajoutez -f pour confirmer.)');
    return 1;
  }
  const removed = ctx.state.images.filter((i) => !inUse(ctx, i) && (flag(ctx.parsed, 'all') || i.repoTags.length === 0));
  ctx.state.images = ctx.state.images.filter((i) => !removed.includes(i));
  const lines = removed.flatMap((i) => [...i.repoTags.map((t) => `untagged: ${t}`), `deleted: ${i.id}`]);
  ctx.out.out(`${lines.length ? `Deleted Images:\n${lines.join('\n')}\n\n` : ''}Total reclaimed space: ${humanSize(removed.reduce((s, i) => s + i.size, 0))}`);
  return 0;
});

