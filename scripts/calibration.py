#!/usr/bin/env python3
"""Calibration of attribution confidence, judged exactly as score_attribution.py judges a prediction.

usage: calibration.py GOLD.jsonl PRED.jsonl   (PRED quotes carry a "confidence" in [0, 1])

A prediction is correct when it is matched to a gold quote (the scorer's one-to-one greedy token
overlap) and its source overlaps the gold source (or both have none). Reuses the scorer's own
tokenizer and span helpers so the two can never disagree on what "correct" means.
"""
import json, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(sys.argv[1])))
from score_attribution import tokens, spans_of, utf16_to_py  # noqa: E402

BINS = [(0.0, 0.5), (0.5, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.0001)]


def judged(gold_path, pred_path):
    gold = [json.loads(l) for l in open(gold_path, encoding='utf-8') if l.strip()]
    preds = {}
    for l in open(pred_path, encoding='utf-8'):
        if l.strip():
            r = json.loads(l)
            preds[r['id']] = r.get('quotes', [])
    for art in gold:
        text = art['text']
        conv = utf16_to_py(text)
        G = [dict(tok=tokens(text, spans_of(a['content'])), src=tokens(text, spans_of(a['source'])) if a.get('source') else None)
             for a in art['attributions'] if a.get('content')]
        G = [g for g in G if g['tok']]
        P = []
        for q in preds.get(art['id'], []):
            sp = spans_of(q.get('content'), conv)
            src = q.get('source')
            P.append(dict(tok=tokens(text, sp), src=tokens(text, spans_of(src, conv)) if src else None, conf=float(q.get('confidence', 0.0))))
        P = [p for p in P if p['tok']]
        cand = sorted(((len(g['tok'] & p['tok']), gi, pi) for gi, g in enumerate(G) for pi, p in enumerate(P)
                       if len(g['tok'] & p['tok']) and len(g['tok'] & p['tok']) * 2 >= len(g['tok']) and len(g['tok'] & p['tok']) * 2 >= len(p['tok'])), reverse=True)
        gm, pm = {}, {}
        for _, gi, pi in cand:
            if gi not in gm and pi not in pm:
                gm[gi], pm[pi] = pi, gi
        for pi, p in enumerate(P):
            if pi not in pm:
                yield p['conf'], False
                continue
            g = G[pm[pi]]
            ok = p['src'] is None if g['src'] is None else bool(p['src'] and (g['src'] & p['src']))
            yield p['conf'], ok


def main(gold_path, pred_path):
    rows = list(judged(gold_path, pred_path))
    print(f"{'confidence':>12} {'quotes':>7} {'correct':>8} {'accuracy':>9}")
    for lo, hi in BINS:
        sel = [ok for c, ok in rows if lo <= c < hi]
        acc = sum(sel) / len(sel) if sel else 0.0
        print(f"{lo:5.2f}–{min(hi, 1.0):4.2f} {len(sel):7d} {sum(sel):8d} {acc:9.3f}")
    high = [ok for c, ok in rows if c >= 0.9]
    acc = sum(high) / len(high) if high else 0.0
    print(f"confidence ≥ 0.90: {len(high)} quotes, {acc:.3f} correct (target ≥ 0.90)")


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
