resource "kubernetes_job_v1" "migrate" {
  metadata {
    name = "migrate"
  }
  wait_for_completion = true
  timeouts {
    create = "2m"
  }
  spec {
    backoff_limit              = 2
    ttl_seconds_after_finished = "100"
    template {
      metadata {}
      spec {
        restart_policy = "Never"
        container {
          name    = "migrate"
          image   = "migrate/migrate:v4.17.1"
          command = ["migrate", "-path", "/migrations", "up"]
        }
      }
    }
  }
}

resource "kubernetes_job" "legacy" {
  metadata {
    name = "legacy-job"
  }
  spec {
    template {
      metadata {}
      spec {
        restart_policy = "OnFailure"
        container {
          name  = "job"
          image = "busybox:1.36"
        }
      }
    }
  }
}
