#!/usr/bin/env python3
"""Rebuilds the corpus's torchvision exports (tools/corpus/MANIFEST.tsv rows torchvision/*.onnx
whose source is "pytorch/vision ... random init, seed 0"): the six architectures with random
weights, drawn from one generator seeded with 0, in the manifest's order, each exported right after
it is built with a random 1x3x224x224 input (which draws from the same generator), ONNX opset 13,
constant folding, eval mode. With Debian bookworm's python3-torch 1.13.1 and python3-torchvision
0.14.1 the files are byte-identical to the manifest's sha256 (tools/fetch-corpus.ts --generate
checks them). The two recurrent nets in torchvision/ are not rebuilt: the manifest does not record
how their weights were drawn.

    python3 tools/corpus/export_torch.py DIR     # writes DIR/torchvision/<name>.onnx
"""
import os
import sys

import torch
import torchvision

VISION = ['mobilenet_v2', 'mobilenet_v3_small', 'squeezenet1_1', 'shufflenet_v2_x0_5', 'mnasnet0_5', 'efficientnet_b0']


def main(out_dir):
    os.makedirs(os.path.join(out_dir, 'torchvision'), exist_ok=True)
    torch.manual_seed(0)
    for name in VISION:
        model = getattr(torchvision.models, name)(weights=None).eval()
        torch.onnx.export(model, torch.randn(1, 3, 224, 224), os.path.join(out_dir, 'torchvision', name + '.onnx'),
                          input_names=['input'], output_names=['logits'], opset_version=13, do_constant_folding=True)


if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
