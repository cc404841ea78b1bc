import { describe, expect, test } from 'vitest';
import { ComposeError, configYaml, loadCompose, startOrder, type LoadOptions } from '../../src/quiz/terminal/compose-file';
import { tpFiles } from './terminal-tp-files';

// The Compose files of the course (TP levels 2 and 4, read from the page) and Compose's refusals.
const TP2 = tpFiles(2)['compose.yaml'];
const TP4 = tpFiles(4)['compose.yaml'];

const DIR = '/home/etudiant/tp2-wordpress';

function load(content: string, extra: Partial<LoadOptions> = {}, files: Record<string, string> = {}) {
  return loadCompose({
    files: [{ path: `${extra.workingDir ?? DIR}/compose.yaml`, content }],
    workingDir: DIR,
    readFile: (p) => files[p],
    ...extra,
  });
}

function refusal(content: string, files: Record<string, string> = {}): string {
  try {
    load(content, {}, files);
  } catch (e) {
    if (e instanceof ComposeError) return e.message;
    throw e;
  }
  throw new Error('accepted');
}

describe('loadCompose: the course files', () => {
  test('level 2: .env interpolated, project name from the folder, volumes and default network named', () => {
    const p = load(TP2, {}, { [`${DIR}/.env`]: 'MYSQL_ROOT_PASSWORD=change-moi-root\nMYSQL_PASSWORD=change-moi-wp\n' });
    expect(p.name).toBe('tp2-wordpress');
    expect(p.warnings).toEqual([]);
    const db = p.services.find((s) => s.name === 'db');
    expect(db?.environment.MYSQL_ROOT_PASSWORD).toBe('change-moi-root');
    expect(db?.volumes).toEqual([{ type: 'volume', source: 'db_data', target: '/var/lib/mysql', readOnly: false }]);
    expect(db?.healthcheck?.test).toEqual(['CMD', 'mysqladmin', 'ping', '-h', '127.0.0.1']);
    const wp = p.services.find((s) => s.name === 'wordpress');
    expect(wp?.ports).toEqual([{ hostIp: '', published: '8080', target: 80, protocol: 'tcp' }]);
    expect(wp?.dependsOn).toEqual([{ service: 'db', condition: 'service_healthy', required: true }]);
    expect(p.volumes.db_data.name).toBe('tp2-wordpress_db_data');
    expect(p.networks.default.name).toBe('tp2-wordpress_default');
    expect(startOrder(p).map((s) => s.name)).toEqual(['db', 'wordpress']);
  });

  test('a variable missing from .env and the shell: the WARN line of template.go, blank value', () => {
    const p = load(TP2);
    expect(p.warnings).toContain('WARN[0000] The "MYSQL_PASSWORD" variable is not set. Defaulting to a blank string.');
    expect(p.services[0].environment.MYSQL_PASSWORD).toBe('');
  });

  test('level 4: build context resolved, replicas, bind mount read-only, named networks, start order', () => {
    const dir = '/home/etudiant/tp4-prod';
    const p = load(TP4, { workingDir: dir, files: [{ path: `${dir}/compose.yaml`, content: TP4 }] });
    expect(p.name).toBe('tp4-prod');
    const app = p.services.find((s) => s.name === 'app');
    expect(app?.build).toEqual({ context: `${dir}/app`, dockerfile: 'Dockerfile', args: {} });
    expect(app?.replicas).toBe(3);
    expect(app?.networks).toEqual(['frontend', 'backend']);
    const lb = p.services.find((s) => s.name === 'lb');
    expect(lb?.volumes[0]).toEqual({ type: 'bind', source: `${dir}/nginx/nginx.conf`, target: '/etc/nginx/conf.d/default.conf', readOnly: true });
    expect(p.networks.frontend.name).toBe('tp4-prod_frontend');
    expect(p.networks.default).toBeUndefined();
    expect(startOrder(p).map((s) => s.name)).toEqual(['redis', 'app', 'lb']);
    expect(p.services.find((s) => s.name === 'redis')?.command).toEqual(['redis-server', '--appendonly', 'yes']);
  });

  test('-p wins over the folder; list-form environment and env_file', () => {
    const p = load('services:\n  web:\n    image: nginx\n    env_file: .web.env\n    environment:\n      - A=1\n      - HOME\n', { projectName: 'demo', env: { HOME: '/root' } }, {
      [`${DIR}/.web.env`]: '# commentaire\nB="deux"\nA=0\n',
    });
    expect(p.name).toBe('demo');
    expect(p.services[0].environment).toEqual({ A: '1', B: 'deux', HOME: '/root' });
  });

  test('config prints the canonical model: long forms, sorted keys, names resolved', () => {
    const p = load(TP2, {}, { [`${DIR}/.env`]: 'MYSQL_ROOT_PASSWORD=r\nMYSQL_PASSWORD=w\n' });
    const out = configYaml(p);
    expect(out.startsWith('name: tp2-wordpress\nservices:\n  db:\n')).toBe(true);
    expect(out).toContain('      WORDPRESS_DB_PASSWORD: w\n');
    expect(out).toContain('      - mode: ingress\n        target: 80\n        published: "8080"\n        protocol: tcp');
    expect(out).toContain('volumes:\n  db_data:\n    name: tp2-wordpress_db_data');
    expect(out).toContain('    depends_on:\n      db:\n        condition: service_healthy\n        required: true');
  });
});

describe('loadCompose: the usual mistakes, in Compose words', () => {
  test('misspelt key of a service (schema)', () => {
    expect(refusal('services:\n  web:\n    imagee: nginx\n')).toBe(`validating ${DIR}/compose.yaml: services.web additional properties 'imagee' not allowed`);
  });

  test('volume or network used but not declared', () => {
    expect(refusal('services:\n  db:\n    image: mysql:8.4\n    volumes:\n      - db_data:/var/lib/mysql\n')).toBe(
      'service "db" refers to undefined volume db_data: invalid compose project',
    );
    expect(refusal('services:\n  app:\n    image: nginx\n    networks: [backend]\n')).toBe('service "app" refers to undefined network backend: invalid compose project');
  });

  test('depends_on an unknown service; service without image nor build', () => {
    expect(refusal('services:\n  wp:\n    image: wordpress\n    depends_on: [dbb]\n')).toBe('service "wp" depends on undefined service "dbb": invalid compose project');
    expect(refusal('services:\n  web:\n    ports: ["8080:80"]\n')).toBe('service "web" has neither an image nor a build context specified: invalid compose project');
  });

  test('wrong types and YAML syntax', () => {
    expect(refusal('services:\n  web:\n    image: nginx\n    ports: "8080:80"\n')).toBe(`validating ${DIR}/compose.yaml: services.web.ports must be a array`);
    expect(refusal('services: [web]\n')).toBe('services must be a mapping');
    expect(refusal('services:\n  web:\n    image: nginx\n   ports:\n')).toMatch(new RegExp(`^failed to parse ${DIR}/compose.yaml: yaml: line \\d+: `));
  });

  test('the obsolete version attribute only warns; missing env_file refuses', () => {
    const p = load('version: "3.8"\nservices:\n  web:\n    image: nginx\n');
    expect(p.warnings).toEqual([`WARN[0000] ${DIR}/compose.yaml: the attribute \`version\` is obsolete, it will be ignored, please remove it to avoid potential confusion`]);
    expect(refusal('services:\n  web:\n    image: nginx\n    env_file: web.env\n')).toBe(`env file ${DIR}/web.env not found: stat ${DIR}/web.env: no such file or directory`);
  });

  test('no file at all', () => {
    expect(() => loadCompose({ files: [], workingDir: DIR, readFile: () => undefined })).toThrow('no configuration file provided: not found');
  });
});
