#!/usr/bin/env python3
"""
ST Edge AI Core activation layouts, from the `*_c_info.json` files ST's tool wrote into public
projects: for each buffer of the activations pool its size, lifetime (`epochs.start`/`end`) and
offset (`offset_start`), and the pool's size. Writes test/reference/st-layouts.json, the oracle of
test/memory/st-layouts.test.ts (does the `st` placement, given ST's own buffers, reach ST's arena?).

    python3 tools/st-layouts/extract.py OUT.json MIRROR ...

MIRROR is a bare git directory `<root>/<owner>+<repo>/repo` (every c_info.json of every commit is
read). Kept: layouts of one activations pool (CPU targets; no Neural-ART, no multi-pool split),
one per distinct buffer list, with the repository, commit and file they come from. Only numbers
are kept (sizes, epochs, offsets, and whether a buffer is a kernel scratch area).
"""
import json
import os
import subprocess
import sys


def git(mirror, *args):
    return subprocess.run(['git', '--git-dir', mirror, *args], capture_output=True, check=False).stdout


def layouts(mirror):
    repo = os.path.basename(os.path.dirname(mirror.rstrip('/').removesuffix('/.git'))).replace('+', '/', 1)
    listing = git(mirror, 'rev-list', '--objects', '--all', '--missing=allow-any').decode(errors='replace')
    for line in listing.splitlines():
        sha, _, path = line.partition(' ')
        if not path.endswith('c_info.json'):
            continue
        try:
            c = json.loads(git(mirror, 'cat-file', 'blob', sha) or b'null')
        except ValueError:
            continue
        if not isinstance(c, dict) or 'buffers' not in c or 'memory_pools' not in c:
            continue
        tools = (c.get('environment') or {}).get('tools') or [{}]
        args = tools[0].get('arguments', '')
        if 'stm32n6' in args or 'neural_art' in json.dumps(c.get('memory_footprint', {})):
            continue
        pools = {p['id']: p for p in c['memory_pools']}
        act = [b for b in c['buffers'] if not b.get('is_param')
               and not pools.get(b['mpool_id'], {}).get('persistent')
               and not pools.get(b['mpool_id'], {}).get('user_allocated')]
        if not act or len({b['mpool_id'] for b in act}) != 1:
            continue
        arena = (c.get('memory_footprint') or {}).get('activations') or pools[act[0]['mpool_id']].get('used_size_bytes')
        commit = git(mirror, 'log', '--all', '--format=%H', '-1', f'--find-object={sha}').decode().strip()
        opt = next((args.split(flag)[1].split()[0] for flag in (' -O ', '--optimization ') if flag in args), 'balanced')
        yield {
            'source': {'repo': repo, 'commit': commit, 'path': path},
            'tool': tools[0].get('version', ''),
            'optimization': opt,
            'arena': arena,
            # [size, first epoch, last epoch, offset, 1 for a kernel scratch area]
            'buffers': [[b['size_bytes'], b['epochs']['start'], b['epochs']['end'], b['offset_start'], 1 if 'scratch' in b['name'] else 0] for b in act],
        }


def main():
    out, mirrors = sys.argv[1], sys.argv[2:]
    seen, cases = set(), []
    for m in mirrors:
        for case in layouts(m):
            key = json.dumps([[b[0], b[1], b[2], b[4]] for b in case['buffers']])
            if key in seen:
                continue
            seen.add(key)
            cases.append(case)
    cases.sort(key=lambda c: (c['source']['repo'], c['source']['path'], c['source']['commit']))
    doc = {'$comment': 'Activation layouts of ST Edge AI Core (c_info.json of public projects), one per distinct buffer list; written by tools/st-layouts/extract.py. buffers: [size, first epoch, last epoch, offset, scratch].', 'layouts': cases}
    with open(out, 'w') as f:
        json.dump(doc, f, indent=None, separators=(',', ':'))
        f.write('\n')
    print(f'{len(cases)} layouts from {len(mirrors)} repositories')


if __name__ == '__main__':
    main()
