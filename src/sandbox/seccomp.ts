/**
 * A small seccomp-bpf deny list handed to bwrap (--seccomp FD), applied just before the harness
 * starts. It is defence in depth, not the main wall: the namespaces and the unprivileged uid do
 * that. It closes what they leave open:
 *  - in root mode there is no user namespace (see bwrap.ts), so bwrap's --disable-userns is not
 *    available: nested namespaces (a classic kernel attack surface) are refused here instead;
 *  - kernel interfaces an evaluator never needs and that have a history of exploits
 *    (io_uring, bpf, userfaultfd, perf events, keyrings, ptrace, the mount API);
 *  - socket families other than AF_UNIX, AF_INET and AF_INET6 (AF_VSOCK, AF_NETLINK, AF_PACKET,
 *    Bluetooth, ...): each is kernel code reachable from inside a network namespace, and neither
 *    evaluators nor pip need them (glibc's resolver does without netlink).
 * Only x86-64 is encoded; elsewhere buildSeccompProgram returns null and the caller logs it.
 */

const BPF_LD_W_ABS = 0x20;
const BPF_JEQ_K = 0x15;
const BPF_JGE_K = 0x35;
const BPF_JSET_K = 0x45;
const BPF_RET_K = 0x06;

const RET_ALLOW = 0x7fff0000;
const RET_ERRNO = 0x00050000;
const RET_KILL_PROCESS = 0x80000000;
const EPERM = 1;
const ENOSYS = 38;
const EAFNOSUPPORT = 97;

const AF_UNIX = 1;
const AF_INET = 2;
const AF_INET6 = 10;

// struct seccomp_data: int nr; u32 arch; u64 instruction_pointer; u64 args[6] (little-endian).
const OFFSET_NR = 0;
const OFFSET_ARCH = 4;
const OFFSET_ARG0_LOW = 16;

const AUDIT_ARCH_X86_64 = 0xc000003e;
const X32_SYSCALL_BIT = 0x40000000;

// CLONE_NEWNS | CLONE_NEWCGROUP | CLONE_NEWUTS | CLONE_NEWIPC | CLONE_NEWUSER | CLONE_NEWPID |
// CLONE_NEWNET | CLONE_NEWTIME
const CLONE_NAMESPACE_FLAGS =
  0x00020000 | 0x02000000 | 0x04000000 | 0x08000000 | 0x10000000 | 0x20000000 | 0x40000000 | 0x80;

const X86_64 = {
  // socket(domain, ...) and socketpair(domain, ...): the family is the first argument.
  socket: 41,
  socketpair: 53,
  clone: 56,
  // clone3 passes flags in memory the filter cannot read: refuse it as "not implemented" so libc
  // falls back to clone(), whose flags we can check.
  clone3: 435,
  denied: {
    ptrace: 101,
    syslog: 103,
    pivot_root: 155,
    chroot: 161,
    acct: 163,
    mount: 165,
    umount2: 166,
    swapon: 167,
    swapoff: 168,
    reboot: 169,
    init_module: 175,
    delete_module: 176,
    kexec_load: 246,
    add_key: 248,
    request_key: 249,
    keyctl: 250,
    unshare: 272,
    perf_event_open: 298,
    fanotify_init: 300,
    name_to_handle_at: 303,
    open_by_handle_at: 304,
    setns: 308,
    process_vm_readv: 310,
    process_vm_writev: 311,
    finit_module: 313,
    kexec_file_load: 320,
    bpf: 321,
    userfaultfd: 323,
    io_uring_setup: 425,
    io_uring_enter: 426,
    io_uring_register: 427,
    open_tree: 428,
    move_mount: 429,
    fsopen: 430,
    fsconfig: 431,
    fsmount: 432,
    fspick: 433,
    mount_setattr: 442,
  },
};

type Target = 'eperm' | 'enosys' | 'kill' | 'clone' | 'socket' | 'eafnosupport' | 'allow' | 0;
type Insn = { code: number; k: number; jt?: Target; jf?: Target; label?: Exclude<Target, 0> };

export function buildSeccompProgram(arch: string = process.arch): Buffer | null {
  if (arch !== 'x64') return null;
  const program: Insn[] = [
    { code: BPF_LD_W_ABS, k: OFFSET_ARCH },
    { code: BPF_JEQ_K, k: AUDIT_ARCH_X86_64, jt: 0, jf: 'kill' }, // i386 via int 0x80: kill
    { code: BPF_LD_W_ABS, k: OFFSET_NR },
    { code: BPF_JGE_K, k: X32_SYSCALL_BIT, jt: 'eperm', jf: 0 }, // x32 ABI aliases
    { code: BPF_JEQ_K, k: X86_64.clone3, jt: 'enosys', jf: 0 },
    { code: BPF_JEQ_K, k: X86_64.clone, jt: 'clone', jf: 0 },
    { code: BPF_JEQ_K, k: X86_64.socket, jt: 'socket', jf: 0 },
    { code: BPF_JEQ_K, k: X86_64.socketpair, jt: 'socket', jf: 0 },
    ...Object.values(X86_64.denied).map((nr): Insn => ({ code: BPF_JEQ_K, k: nr, jt: 'eperm', jf: 0 })),
    { code: BPF_RET_K, k: RET_ALLOW },
    { code: BPF_LD_W_ABS, k: OFFSET_ARG0_LOW, label: 'clone' },
    { code: BPF_JSET_K, k: CLONE_NAMESPACE_FLAGS, jt: 'eperm', jf: 0 },
    { code: BPF_RET_K, k: RET_ALLOW }, // BPF jumps only forwards, hence a second allow
    // The family is an int: the low 32 bits of the argument are what the kernel looks at.
    { code: BPF_LD_W_ABS, k: OFFSET_ARG0_LOW, label: 'socket' },
    { code: BPF_JEQ_K, k: AF_UNIX, jt: 'allow', jf: 0 },
    { code: BPF_JEQ_K, k: AF_INET, jt: 'allow', jf: 0 },
    { code: BPF_JEQ_K, k: AF_INET6, jt: 'allow', jf: 'eafnosupport' },
    { code: BPF_RET_K, k: RET_ALLOW, label: 'allow' },
    { code: BPF_RET_K, k: RET_ERRNO | EAFNOSUPPORT, label: 'eafnosupport' },
    { code: BPF_RET_K, k: RET_ERRNO | EPERM, label: 'eperm' },
    { code: BPF_RET_K, k: RET_ERRNO | ENOSYS, label: 'enosys' },
    { code: BPF_RET_K, k: RET_KILL_PROCESS, label: 'kill' },
  ];
  const at = new Map(program.flatMap((insn, i) => (insn.label ? [[insn.label, i] as const] : [])));
  const offset = (from: number, target: Target | undefined): number => {
    if (!target) return 0;
    const to = at.get(target);
    if (to === undefined || to <= from) throw new Error(`bad seccomp jump to ${target}`);
    return to - from - 1; // relative to the next instruction; at most 255, the program is short
  };
  const buf = Buffer.alloc(program.length * 8);
  program.forEach((insn, i) => {
    buf.writeUInt16LE(insn.code, i * 8);
    buf.writeUInt8(offset(i, insn.jt), i * 8 + 2);
    buf.writeUInt8(offset(i, insn.jf), i * 8 + 3);
    buf.writeUInt32LE(insn.k >>> 0, i * 8 + 4);
  });
  return buf;
}
