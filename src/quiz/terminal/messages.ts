// The daemon's and the CLI's words, read in their sources (keep them verbatim):
//   github:moby/moby b985e2313a8676e18072b442911fc8f64f17d440 (2026-08-23): daemon/errors.go
//     (name conflict, not running, paused), daemon/delete.go (rm of a running container),
//     daemon/container/view.go (No such container), daemon/images/image.go (No such image),
//     daemon/containerd/image_pull.go (pull access denied), daemon/containerd/image_delete.go
//     (conflict: unable to delete), daemon/libnetwork/portallocator/portallocator.go (port
//     allocated), daemon/libnetwork/endpoint.go and daemon/container_operations.go (networking
//     wrappers), daemon/volume/service/{errors,store}.go (volume in use), daemon/libnetwork/error.go
//     (active endpoints), daemon/server/router/container/container_routes.go (cannot kill).
//   github:docker/cli 28f756087eea5fa301f3fbf12b01ae62f91521c2 (2026-08-20): cli/required.go,
//     cli/cobra.go (FlagErrorFunc), cli/command/container/{run,create,start,stop,rm,…}.go.
import type { Container, PortBinding } from './state';

const D = 'Error response from daemon: ';
const short = (id: string) => id.slice(0, 12);

export const M = {
  daemon: (text: string) => D + text,
  noSuchContainer: (name: string) => `${D}No such container: ${name}`,
  noSuchImage: (ref: string) => `No such image: ${ref}`,
  nameInUse: (name: string, id: string) =>
    `Conflict. The container name "/${name}" is already in use by container "${id}". You have to remove (or rename) that container to be able to reuse that name.`,
  invalidName: (name: string) => `Invalid container name (${name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`,
  networkNotFound: (name: string) => `network ${name} not found`,
  portAllocated: (c: Container, p: PortBinding) =>
    `failed to set up container networking: driver failed programming external connectivity on endpoint ${c.name} (${c.id}): Bind for ${p.hostIp}:${p.hostPort} failed: port is already allocated`,
  rmRunning: (name: string, paused = false) =>
    `${D}cannot remove container "${name}": ${paused ? 'container is paused and must be unpaused first' : 'container is running: stop the container before removing or force remove'}`,
  notRunning: (id: string) => `container ${id} is not running`,
  killNotRunning: (name: string, id: string) => `${D}cannot kill container: ${name}: container ${id} is not running`,
  alreadyPaused: (id: string) => `${D}container ${id} is already paused`,
  notPaused: (id: string) => `${D}Container ${id} is not paused`,
  execPaused: (id: string) => `${D}Container ${id} is paused, unpause the container before exec`,
  pullDenied: (repo: string) => `pull access denied for ${repo}, repository does not exist or may require 'docker login'`,
  manifestUnknown: (ref: string) => `failed to resolve reference "docker.io/${ref.includes('/') ? '' : 'library/'}${ref}": docker.io/${ref.includes('/') ? '' : 'library/'}${ref}: not found`,
  invalidReference: () => 'invalid reference format',
  invalidReferenceUpper: (ref: string) => `invalid reference format: repository name (${ref.split(':')[0]}) must be lowercase`,
  /** rmi by name of an image a container uses (containerd store: daemon/containerd/image_delete.go). */
  imageRefInUse: (ref: string, c: Container, imageId: string) =>
    `${D}conflict: unable to delete ${ref} (must be forced) - container ${short(c.id)} is using its referenced image ${imageId.replace(/^sha256:/, '').slice(0, 12)}`,
  /** rmi by id (checkImageDeleteConflict): a running container cannot be forced away. */
  imageIdInUse: (imageId: string, c: Container, running: boolean) =>
    `${D}conflict: unable to delete ${imageId.replace(/^sha256:/, '').slice(0, 12)} (${running ? 'cannot be forced' : 'must be forced'}) - image is being used by ${running ? 'running' : 'stopped'} container ${short(c.id)}`,
  // moby daemon/images/image_delete.go checkImageDeleteConflict: a hard conflict.
  imageHasChildren: (id: string) => `${D}conflict: unable to delete ${id.replace(/^sha256:/, '').slice(0, 12)} (cannot be forced) - image has dependent child images`,
  imageMultiple: (id: string) => `${D}conflict: unable to delete ${short(id)} (must be forced) - image is referenced in multiple repositories`,
  volumeInUse: (name: string, ids: string[]) => `${D}remove ${name}: volume is in use - [${ids.join(', ')}]`,
  noSuchVolume: (name: string) => `${D}get ${name}: no such volume`,
  noSuchNetwork: (name: string) => `${D}network ${name} not found`,
  networkExists: (name: string) => `${D}network with name ${name} already exists`,
  activeEndpoints: (name: string, endpoints: string[]) => `${D}error while removing network: network ${name} has active endpoints (${endpoints.map((e) => `name:"${e}"`).join(' ')})`,
  predefinedNetwork: (name: string) => `${D}${name} is a pre-defined network and cannot be removed`,
  executableNotFound: (program: string) =>
    `failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "${program}": executable file not found in $PATH`,
  execNotFound: (program: string) =>
    `OCI runtime exec failed: exec failed: unable to start container process: exec: "${program}": executable file not found in $PATH`,
  bindSourceMissing: (path: string) => `invalid mount config for type "bind": bind source path does not exist: ${path}`,
};
