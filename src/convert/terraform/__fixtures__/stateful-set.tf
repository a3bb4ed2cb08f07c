resource "kubernetes_stateful_set_v1" "db" {
  metadata {
    name = "db"
  }
  spec {
    service_name = "db"
    replicas     = 3
    selector {
      match_labels = {
        app = "db"
      }
    }
    update_strategy {
      type = "RollingUpdate"
      rolling_update {
        partition = 1
      }
    }
    template {
      metadata {
        labels = {
          app = "db"
        }
      }
      spec {
        container {
          name  = "postgres"
          image = "postgres:16"
          volume_mount {
            name       = "data"
            mount_path = "/var/lib/postgresql/data"
          }
        }
      }
    }
    volume_claim_template {
      metadata {
        name = "data"
      }
      spec {
        access_modes = ["ReadWriteOnce"]
        resources {
          requests = {
            storage = "10Gi"
          }
        }
      }
    }
  }
}

resource "kubernetes_stateful_set" "old" {
  metadata {
    name = "old"
  }
  spec {
    service_name = "old"
    selector {
      match_labels = {
        app = "old"
      }
    }
    template {
      metadata {
        labels = {
          app = "old"
        }
      }
      spec {
        container {
          name  = "app"
          image = "busybox:1.36"
        }
      }
    }
  }
}
