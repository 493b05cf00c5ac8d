// Definitions files shared by the environment, launcher and CLI tests.

// A matflow-style file, as such files are written: setup as a list, ranges, placeholders, other keys.
export const MATFLOW_STYLE = `# matflow environments
- name: python_env
  setup: |
    source /opt/venvs/matflow/bin/activate
    module load apps/python/3.11
  specifiers:
    version: "3.11"
  setup_label: venv
  secrets:
    - GITHUB_TOKEN
    - API_TOKEN=hpc-api-token
    - {secret: wandb, env: WANDB_API_KEY}
    - {secret: ssh-key, file: SSH_KEY_FILE}
  executables:
    - label: python_script
      instances:
        - command: python "<<script_name>>" <<args>>
          num_cores:
            start: 1
            stop: 32
          parallel_mode: null
    - label: mpi_run
      doc: the MPI build
      instances:
        - command: mpirun -n 1 ./solver <<args>>
          num_cores: 1
          parallel_mode: null
        - command: mpirun -n 8 ./solver --mode <<mode>> <<args>>
          num_cores: {start: 2, stop: 64, step: 2}
          parallel_mode: MPI
- name: dream_3D_env
  setup:
    - export PATH=/opt/dream3d/bin:$PATH
    - echo ready
  executables:
    - label: dream_3D_runner
      instances:
        - command: PipelineRunner
          num_cores: 1
          parallel_mode: null
- name: empty_env
`;

/**
 * One configuration of a matflow/hpcflow config.yaml shaped like hpcflow/matflow-configs manchester-CSF3.yaml
 * (a hostname glob, default_shell bash with `executable_args: [--login]`), indented to sit under `configs:`.
 */
export function csf3Configuration(name: string, hostname: string, sources: string[]): string {
	return `  ${name}:
    invocation:
      environment_setup:
      match:
        hostname: "${hostname}"
    config:
      machine: manchester-CSF3
      log_file_path: logs/<<app_name>>_v<<app_version>>.log
      environment_sources: [${sources.join(', ')}]
      task_schema_sources: []
      default_scheduler: slurm
      default_shell: bash
      shells:
        bash:
          defaults:
            executable_args: [--login]
      schedulers:
        direct:
          defaults: {}
        slurm:
          defaults: {}
`;
}
