// docker system df / system prune (cli/command/system/{df,prune}.go, formatter/disk_usage.go at
// github:docker/cli 28f756087eea5fa301f3fbf12b01ae62f91521c2).
import { removeContainer, tick } from '../engine';
import { humanSize } from '../format';
import { flag, opt } from './common';
import { printFormatted } from './containers';
import { registerDocker } from './registry';

registerDocker('system df', (ctx) => {
  tick(ctx.state);
  const s = ctx.state;
  const used = new Set(s.containers.map((c) => c.imageId));
  const imageSize = s.images.reduce((t, i) => t + i.size, 0);
  const reclaimImages = s.images.filter((i) => !used.has(i.id)).reduce((t, i) => t + i.size, 0);
  const mountedVolumes = new Set(s.containers.flatMap((c) => c.mounts.filter((m) => m.type === 'volume').map((m) => m.source)));
  const volumeBytes = (name: string) => {
    const v = s.volumes.find((x) => x.name === name)!;
    return v.files.walk('/').reduce((t, p) => t + new TextEncoder().encode(v.files.read(p) ?? '').length, 0);
  };
  const volSize = s.volumes.reduce((t, v) => t + volumeBytes(v.name), 0);
  const volReclaim = s.volumes.filter((v) => !mountedVolumes.has(v.name)).reduce((t, v) => t + volumeBytes(v.name), 0);
  const pct = (part: number, total: number) => (total ? ` (${Math.round((part / total) * 100)}%)` : '');
  const running = s.containers.filter((c) => c.state === 'running' || c.state === 'paused').length;
  const rows = [
    { Type: 'Images', TotalCount: String(s.images.length), Active: String(s.images.filter((i) => used.has(i.id)).length), Size: humanSize(imageSize), Reclaimable: `${humanSize(reclaimImages)}${pct(reclaimImages, imageSize)}` },
    { Type: 'Containers', TotalCount: String(s.containers.length), Active: String(running), Size: '0B', Reclaimable: `0B${s.containers.length ? ' (0%)' : ''}` },
    { Type: 'Local Volumes', TotalCount: String(s.volumes.length), Active: String(s.volumes.filter((v) => mountedVolumes.has(v.name)).length), Size: humanSize(volSize), Reclaimable: `${humanSize(volReclaim)}${pct(volReclaim, volSize)}` },
    { Type: 'Build Cache', TotalCount: '0', Active: '0', Size: '0B', Reclaimable: '0B' },
  ];
  return printFormatted(ctx, opt<string>(ctx.parsed, 'format') ?? 'table {{.Type}}\t{{.TotalCount}}\t{{.Active}}\t{{.Size}}\t{{.Reclaimable}}', rows, {
    Type: 'TYPE', TotalCount: 'TOTAL', Active: 'ACTIVE', Size: 'SIZE', Reclaimable: 'RECLAIMABLE',
  });
});

registerDocker('system prune', (ctx) => {
  tick(ctx.state);
  const all = flag(ctx.parsed, 'all');
  const volumes = flag(ctx.parsed, 'volumes');
  if (!flag(ctx.parsed, 'force')) {
    const items = ['all stopped containers', 'all networks not used by at least one container', ...(volumes ? ['all anonymous volumes not used by at least one container'] : []), all ? 'all images without at least one container associated to them' : 'all dangling images', all ? 'all build cache' : 'unused build cache'];
    ctx.out.out(`WARNING! This will remove:\n${items.map((i) => `  - ${i}`).join('\n')}\n\nAre you sure you want to continue? [y/N] `);
    ctx.out.err('(Simulation : pas de question interactive ici ; ajoutez -f pour confirmer.)');
    return 1;
  }
  const s = ctx.state;
  const lines: string[] = [];
  const containers = s.containers.filter((c) => c.state === 'exited' || c.state === 'created' || c.state === 'dead');
  for (const c of containers) removeContainer(s, c);
  if (containers.length) lines.push('Deleted Containers:', ...containers.map((c) => c.id), '');
  const networks = s.networks.filter((n) => !n.builtin && !s.containers.some((c) => c.networks.includes(n.name)));
  s.networks = s.networks.filter((n) => !networks.includes(n));
  if (networks.length) lines.push('Deleted Networks:', ...networks.map((n) => n.name), '');
  let reclaimed = 0;
  if (volumes) {
    const used = new Set(s.containers.flatMap((c) => c.mounts.map((m) => m.source)));
    const gone = s.volumes.filter((v) => v.anonymous && !used.has(v.name));
    s.volumes = s.volumes.filter((v) => !gone.includes(v));
    if (gone.length) lines.push('Deleted Volumes:', ...gone.map((v) => v.name), '');
  }
  const usedImages = new Set(s.containers.map((c) => c.imageId));
  const images = s.images.filter((i) => !usedImages.has(i.id) && (all || !i.repoTags.length));
  s.images = s.images.filter((i) => !images.includes(i));
  if (images.length) lines.push('Deleted Images:', ...images.flatMap((i) => [...i.repoTags.map((t) => `untagged: ${t}`), `deleted: ${i.id}`]), '');
  reclaimed += images.reduce((t, i) => t + i.size, 0);
  lines.push(`Total reclaimed space: ${humanSize(reclaimed)}`);
  ctx.out.out(lines.join('\n'));
  return 0;
});
