# Thin wrappers over scripts/: the README explains each target.
.PHONY: install run test train kb shell bench crossval clean

install:
	bash scripts/install.sh

run:
	bash scripts/run.sh

test:
	bash scripts/test.sh

kb: install
	bash -c 'source scripts/common.sh && build_kb'

train: kb
	bash -c 'source scripts/common.sh && mkdir -p reports && train_model'

shell: train
	bash scripts/shell.sh

bench: train
	.venv/bin/python -m bench.resolution --orphanet ../shared/data
	.venv/bin/python -m bench.build --orphanet ../shared/data
	.venv/bin/python -m bench.typos
	PYTHONPATH=. .venv/bin/python -m bench.rest_latency

crossval: kb
	bash -c 'source scripts/common.sh && $$RASA test nlu --config config.yml --nlu nlu_data --cross-validation --folds 3 --out reports/crossval'

clean:
	rm -rf models reports knowledge/build
