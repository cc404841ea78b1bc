// The images the course uses, with their real configuration (Docker Hub official images, as
// `docker image inspect` shows them for the tags of src/content/versions.yaml): default
// ENTRYPOINT/CMD, exposed ports, volumes, stop signal, and sizes of the order `docker images`
// prints on Docker Engine 29 (containerd store: disk usage / content size). Ids of nginx:1.30,
// ubuntu:24.04 and hello-world start like the outputs printed in the course, so that the
// terminal and the pages agree.
import { digestOf } from './ids';

export interface CatalogueEntry {
  repo: string;
  /** Tags that exist on the registry (`latest` included where it exists). */
  tags: string[];
  cmd: string[];
  entrypoint?: string[];
  env?: string[];
  exposed?: string[];
  workdir?: string;
  user?: string;
  volumes?: string[];
  stopSignal?: string;
  /** Disk usage / content size in bytes (containerd image store). */
  disk: number;
  content: number;
  layers: number;
  /** Days since the image was built (for CREATED). */
  age: number;
  /** First 12 digits of the id, when the course prints it. */
  idPrefix?: string;
  /** Shells present in the image (`bash` is absent from alpine, busybox, hello-world). */
  shells: string[];
  /** Files of the image that the learner may look at. */
  files?: Record<string, string>;
  /** OS, for /etc/os-release. */
  os?: string;
}

const PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const MB = 1e6;

export const NGINX_WELCOME = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, nginx is successfully installed and working.
Further configuration is required for the web server to be fully online.</p>

<p>For online documentation and support please refer to
<a href="https://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="https://www.f5.com/products/nginx">www.f5.com/products/nginx</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>`;

const NGINX_CONF = `server {
    listen       80;
    listen  [::]:80;
    server_name  localhost;

    location / {
        root   /usr/share/nginx/html;
        index  index.html index.htm;
    }

    error_page   500 502 503 504  /50x.html;
    location = /50x.html {
        root   /usr/share/nginx/html;
    }
}
`;

const nginxFiles = {
  '/usr/share/nginx/html/index.html': `${NGINX_WELCOME}\n`,
  '/usr/share/nginx/html/50x.html': '<!DOCTYPE html>\n<html>\n<head>\n<title>Error</title>\n</head>\n<body>\n<h1>An error occurred.</h1>\n</body>\n</html>\n',
  '/etc/nginx/conf.d/default.conf': NGINX_CONF,
  '/etc/nginx/nginx.conf': 'user  nginx;\nworker_processes  auto;\n\nerror_log  /var/log/nginx/error.log notice;\npid        /run/nginx.pid;\n\nevents {\n    worker_connections  1024;\n}\n\nhttp {\n    include       /etc/nginx/mime.types;\n    default_type  application/octet-stream;\n    sendfile        on;\n    keepalive_timeout  65;\n    include /etc/nginx/conf.d/*.conf;\n}\n',
  '/docker-entrypoint.sh': '#!/bin/sh\n# vim:sw=4:ts=4:et\n\nset -e\n',
};

const NGINX_ENV = [PATH, 'NGINX_VERSION=1.30.1', 'NJS_VERSION=0.9.4', 'NJS_RELEASE=1~trixie', 'PKG_RELEASE=1~trixie', 'DYNPKG_RELEASE=1~trixie'];
const NGINX = { cmd: ['nginx', '-g', 'daemon off;'], entrypoint: ['/docker-entrypoint.sh'], exposed: ['80/tcp'], stopSignal: 'SIGQUIT', files: nginxFiles };
const MYSQL_ENV = [PATH, 'GOSU_VERSION=1.19', 'MYSQL_MAJOR=8.4', 'MYSQL_VERSION=8.4.7-1.el9', 'MYSQL_SHELL_VERSION=8.4.7-1.el9'];
const NODE_ENV = [PATH, 'NODE_VERSION=24.11.1', 'YARN_VERSION=1.22.22'];
const PY_ENV = [PATH, 'LANG=C.UTF-8', 'GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305', 'PYTHON_VERSION=3.14.1', 'PYTHON_SHA256=8dfa08b1959d9d15838a1c2dab77dc8d8ff4a553a1ed046dfacbc8095c6d42fc'];

export const CATALOGUE: CatalogueEntry[] = [
  { repo: 'nginx', tags: ['1.30', 'latest', 'stable', '1.30.1'], ...NGINX, env: NGINX_ENV, disk: 225 * MB, content: 59.8 * MB, layers: 7, age: 14, idPrefix: '553f64aecdc3', shells: ['bash', 'sh'], os: 'Debian GNU/Linux 13 (trixie)' },
  { repo: 'nginx', tags: ['1.30-alpine', 'alpine', 'stable-alpine', '1.30.1-alpine'], ...NGINX, env: [...NGINX_ENV.slice(0, 3), 'PKG_RELEASE=1', 'DYNPKG_RELEASE=1'], disk: 80.6 * MB, content: 22.5 * MB, layers: 8, age: 14, shells: ['sh'], os: 'Alpine Linux v3.24' },
  { repo: 'hello-world', tags: ['latest', 'linux'], cmd: ['/hello'], disk: 20.3e3, content: 3.96e3, layers: 1, age: 150, idPrefix: 'ec153840d1e6', shells: [] },
  { repo: 'ubuntu', tags: ['24.04', 'noble'], cmd: ['/bin/bash'], env: [PATH], disk: 117 * MB, content: 29.7 * MB, layers: 1, age: 21, idPrefix: '66460d557b25', shells: ['bash', 'sh'], os: 'Ubuntu 24.04.3 LTS' },
  { repo: 'ubuntu', tags: ['26.04', 'latest', 'resolute'], cmd: ['/bin/bash'], env: [PATH], disk: 119 * MB, content: 30.1 * MB, layers: 1, age: 18, shells: ['bash', 'sh'], os: 'Ubuntu 26.04 LTS' },
  { repo: 'debian', tags: ['trixie-slim', '13-slim'], cmd: ['bash'], env: [PATH], disk: 120 * MB, content: 29.8 * MB, layers: 1, age: 20, shells: ['bash', 'sh'], os: 'Debian GNU/Linux 13 (trixie)' },
  { repo: 'debian', tags: ['trixie', '13', 'latest'], cmd: ['bash'], env: [PATH], disk: 186 * MB, content: 49.3 * MB, layers: 1, age: 20, shells: ['bash', 'sh'], os: 'Debian GNU/Linux 13 (trixie)' },
  { repo: 'alpine', tags: ['3.24', 'latest', '3'], cmd: ['/bin/sh'], env: [PATH], disk: 13.3 * MB, content: 3.9 * MB, layers: 1, age: 30, shells: ['sh'], os: 'Alpine Linux v3.24' },
  { repo: 'busybox', tags: ['1.37', 'latest'], cmd: ['sh'], env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], disk: 6.27 * MB, content: 2.22 * MB, layers: 1, age: 60, shells: ['sh'] },
  { repo: 'mysql', tags: ['8.4', 'lts', '8.4.7', 'latest'], cmd: ['mysqld'], entrypoint: ['docker-entrypoint.sh'], env: MYSQL_ENV, exposed: ['3306/tcp', '33060/tcp'], volumes: ['/var/lib/mysql'], disk: 1.07e9, content: 233 * MB, layers: 11, age: 25, shells: ['bash', 'sh'], os: 'Oracle Linux Server 9.6' },
  { repo: 'postgres', tags: ['18', 'latest', '18-trixie'], cmd: ['postgres'], entrypoint: ['docker-entrypoint.sh'], env: [PATH.replace('PATH=', 'PATH=/usr/lib/postgresql/18/bin:'), 'GOSU_VERSION=1.19', 'LANG=en_US.utf8', 'PG_MAJOR=18', 'PG_VERSION=18.1-1.pgdg13+2', 'PGDATA=/var/lib/postgresql/18/docker'], exposed: ['5432/tcp'], volumes: ['/var/lib/postgresql'], stopSignal: 'SIGINT', disk: 626 * MB, content: 158 * MB, layers: 14, age: 12, shells: ['bash', 'sh'], os: 'Debian GNU/Linux 13 (trixie)' },
  { repo: 'postgres', tags: ['18-alpine'], cmd: ['postgres'], entrypoint: ['docker-entrypoint.sh'], env: [PATH, 'LANG=en_US.utf8', 'PG_MAJOR=18', 'PG_VERSION=18.1', 'PGDATA=/var/lib/postgresql/18/docker'], exposed: ['5432/tcp'], volumes: ['/var/lib/postgresql'], stopSignal: 'SIGINT', disk: 392 * MB, content: 108 * MB, layers: 11, age: 12, shells: ['sh'], os: 'Alpine Linux v3.24' },
  { repo: 'wordpress', tags: ['latest', '6', '6.9', 'php8.4-apache'], cmd: ['apache2-foreground'], entrypoint: ['docker-entrypoint.sh'], env: [PATH, 'PHPIZE_DEPS=autoconf dpkg-dev file g++ gcc libc-dev make pkg-config re2c', 'PHP_INI_DIR=/usr/local/etc/php', 'APACHE_CONFDIR=/etc/apache2', 'APACHE_ENVVARS=/etc/apache2/envvars', 'PHP_VERSION=8.4.15'], exposed: ['80/tcp'], volumes: ['/var/www/html'], workdir: '/var/www/html', stopSignal: 'SIGWINCH', disk: 739 * MB, content: 196 * MB, layers: 23, age: 9, shells: ['bash', 'sh'], os: 'Debian GNU/Linux 13 (trixie)' },
  { repo: 'httpd', tags: ['2.4', 'latest', '2'], cmd: ['httpd-foreground'], env: ['PATH=/usr/local/apache2/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'HTTPD_PREFIX=/usr/local/apache2', 'HTTPD_VERSION=2.4.66'], exposed: ['80/tcp'], workdir: '/usr/local/apache2', stopSignal: 'SIGWINCH', disk: 167 * MB, content: 44.7 * MB, layers: 6, age: 16, shells: ['bash', 'sh'], files: { '/usr/local/apache2/htdocs/index.html': '<html><body><h1>It works!</h1></body></html>\n' }, os: 'Debian GNU/Linux 13 (trixie)' },
  { repo: 'node', tags: ['24', 'latest', 'lts', '24-trixie'], cmd: ['node'], entrypoint: ['docker-entrypoint.sh'], env: NODE_ENV, disk: 1.66e9, content: 403 * MB, layers: 8, age: 10, shells: ['bash', 'sh'], os: 'Debian GNU/Linux 13 (trixie)' },
  { repo: 'node', tags: ['24-slim', 'lts-slim'], cmd: ['node'], entrypoint: ['docker-entrypoint.sh'], env: NODE_ENV, disk: 283 * MB, content: 78.4 * MB, layers: 5, age: 10, shells: ['bash', 'sh'], os: 'Debian GNU/Linux 13 (trixie)' },
  { repo: 'node', tags: ['24-alpine', 'lts-alpine', 'alpine'], cmd: ['node'], entrypoint: ['docker-entrypoint.sh'], env: NODE_ENV, disk: 233 * MB, content: 56.2 * MB, layers: 6, age: 10, shells: ['sh'], os: 'Alpine Linux v3.24' },
  { repo: 'python', tags: ['3.14', 'latest', '3', '3.14-trixie'], cmd: ['python3'], env: PY_ENV, disk: 1.61e9, content: 412 * MB, layers: 8, age: 11, shells: ['bash', 'sh'], os: 'Debian GNU/Linux 13 (trixie)' },
  { repo: 'python', tags: ['3.14-slim', 'slim', '3.14-slim-trixie'], cmd: ['python3'], env: PY_ENV, disk: 183 * MB, content: 43.1 * MB, layers: 4, age: 11, shells: ['bash', 'sh'], os: 'Debian GNU/Linux 13 (trixie)' },
  { repo: 'python', tags: ['3.13-slim'], cmd: ['python3'], env: PY_ENV.map((e) => e.replace('3.14.1', '3.13.9')), disk: 179 * MB, content: 42.3 * MB, layers: 4, age: 40, shells: ['bash', 'sh'], os: 'Debian GNU/Linux 13 (trixie)' },
  { repo: 'redis', tags: ['8', 'latest', '8.4'], cmd: ['redis-server'], entrypoint: ['docker-entrypoint.sh'], env: [PATH, 'REDIS_DOWNLOAD_URL=http://download.redis.io/releases/redis-8.4.0.tar.gz'], exposed: ['6379/tcp'], volumes: ['/data'], workdir: '/data', disk: 204 * MB, content: 54.9 * MB, layers: 9, age: 13, shells: ['bash', 'sh'], os: 'Debian GNU/Linux 13 (trixie)' },
  { repo: 'redis', tags: ['8-alpine', 'alpine'], cmd: ['redis-server'], entrypoint: ['docker-entrypoint.sh'], env: [PATH], exposed: ['6379/tcp'], volumes: ['/data'], workdir: '/data', disk: 74.2 * MB, content: 19.8 * MB, layers: 9, age: 13, shells: ['sh'], os: 'Alpine Linux v3.24' },
  { repo: 'golang', tags: ['1.26', 'latest'], cmd: ['bash'], env: ['PATH=/usr/local/go/bin:/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'GOLANG_VERSION=1.26.0', 'GOTOOLCHAIN=local', 'GOPATH=/go'], workdir: '/go', disk: 880 * MB, content: 292 * MB, layers: 7, age: 14, shells: ['bash', 'sh'], os: 'Debian GNU/Linux 13 (trixie)' },
  { repo: 'golang', tags: ['1.26-alpine'], cmd: ['/bin/sh'], env: ['PATH=/usr/local/go/bin:/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'GOLANG_VERSION=1.26.0', 'GOTOOLCHAIN=local', 'GOPATH=/go'], workdir: '/go', disk: 305 * MB, content: 79.6 * MB, layers: 5, age: 14, shells: ['sh'], os: 'Alpine Linux v3.24' },
];

/** The entry of `repo:tag`, if the registry has it. */
export function catalogueEntry(ref: string): CatalogueEntry | undefined {
  const [repo, tag] = splitRef(ref);
  return CATALOGUE.find((e) => e.repo === repo && e.tags.includes(tag));
}

/** The repository exists on Docker Hub (an unknown tag is then « manifest unknown »). */
export const knownRepo = (repo: string) => CATALOGUE.some((e) => e.repo === repo);

/** `nginx:1.30` → ['nginx', '1.30']; `localhost:5000/x` keeps its registry. */
export function splitRef(ref: string): [string, string] {
  const r = ref.replace(/^(?:docker\.io\/)?(?:library\/)?/, '');
  const slash = r.lastIndexOf('/');
  const colon = r.lastIndexOf(':');
  return colon > slash ? [r.slice(0, colon), r.slice(colon + 1)] : [r, 'latest'];
}

/** Image id (sha256 hex) of an entry: the course's prefix when it prints one. */
export function entryId(entry: CatalogueEntry): string {
  const hex = digestOf(`image:${entry.repo}:${entry.tags[0]}`);
  return entry.idPrefix ? entry.idPrefix + hex.slice(12) : hex;
}

/** Registry digest (`sha256:…` of the index), as `Digest:` and RepoDigests show it. */
export const entryDigest = (entry: CatalogueEntry) => `sha256:${digestOf(`index:${entry.repo}:${entry.tags[0]}`)}`;
