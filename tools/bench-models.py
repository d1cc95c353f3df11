#!/usr/bin/env python3
"""
Exports torchvision architectures to ONNX for the latency benchmark's held-out checks
(bench/npu-figures.json, entries with "generate"): the vendors publish latencies for models the
corpus does not hold (Inception v3, Swin-T, ViT-B/16, ResNet18, VGG16). Random weights: the
latency does not depend on the values. Needs torch and torchvision (not dependencies of this
project); npm run bench skips these checks without them.

    python3 tools/bench-models.py OUT_DIR NAME:INPUT_SIZE ...
"""
import os
import sys

import torch
import torchvision.models as tvm


def build(name):
    if name == 'inception_v3':
        return tvm.inception_v3(weights=None, aux_logits=False, init_weights=False)
    return getattr(tvm, name)(weights=None)


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for spec in sys.argv[2:]:
        name, size = spec.split(':')
        path = os.path.join(out, f'{name}_{size}.onnx')
        if os.path.exists(path):
            continue
        model = build(name).eval()
        x = torch.zeros(1, 3, int(size), int(size))
        torch.onnx.export(model, x, path, opset_version=13, input_names=['input'], output_names=['output'])
        print(f'wrote {path}')


if __name__ == '__main__':
    main()
