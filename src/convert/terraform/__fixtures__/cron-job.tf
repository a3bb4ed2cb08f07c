resource "kubernetes_cron_job_v1" "report" {
  metadata {
    name = "report"
  }
  spec {
    schedule           = "0 2 * * *"
    timezone           = "Etc/UTC"
    concurrency_policy = "Forbid"
    job_template {
      metadata {}
      spec {
        backoff_limit = 1
        template {
          metadata {}
          spec {
            restart_policy = "OnFailure"
            container {
              name  = "report"
              image = "busybox:1.36"
              args  = ["sh", "-c", "date"]
            }
          }
        }
      }
    }
  }
}

resource "kubernetes_cron_job" "old" {
  metadata {
    name = "old-report"
  }
  spec {
    schedule = "*/5 * * * *"
    job_template {
      metadata {}
      spec {
        template {
          metadata {}
          spec {
            container {
              name  = "report"
              image = "busybox:1.36"
            }
          }
        }
      }
    }
  }
}
